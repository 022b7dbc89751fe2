using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>Calling any callable value, with CPython's 'object is not callable' error for the rest.</summary>
internal static class PyCalls
{
    public static object Call(object callable, object[] args) => callable switch
    {
        PyCallable c => c.Call(args),
        PyExceptionType type => new PyExceptionObject(type, args),
        PyInstance instance when instance.TryInvokeSpecial("__call__", args, out var result) => result,
        Delegate host => Interop.ClrObjects.CallDelegate(host, args, null),
        _ when Interop.ClrObjects.IsForeignDynamic(callable) => Interop.ClrObjects.CallForeignDynamic(callable, args, []),
        _ => throw PyErrors.TypeError(PyMessages.NotCallable(PyTypes.TypeName(callable))),
    };

    public static object Call(object callable, object[] args, string[] kwNames)
    {
        if (kwNames.Length == 0) return Call(callable, args);
        switch (callable)
        {
            case PyCallable c: return c.Call(args, kwNames);
            case PyExceptionType type: throw PyErrors.TypeError(PyMessages.TakesNoKeywordArguments(type.Name));
            case PyInstance instance when instance.HasSpecial("__call__"):
                return Call(PyAttributes.GetAttr(instance, "__call__"), args, kwNames);
            case Delegate host: return Interop.ClrObjects.CallDelegate(host, args, kwNames);
            case var _ when Interop.ClrObjects.IsForeignDynamic(callable): return Interop.ClrObjects.CallForeignDynamic(callable, args, kwNames);
            default: throw PyErrors.TypeError(PyMessages.NotCallable(PyTypes.TypeName(callable)));
        }
    }
}
