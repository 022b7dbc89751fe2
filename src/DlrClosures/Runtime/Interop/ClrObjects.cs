using System.Collections;
using System.Dynamic;
using System.Numerics;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// .NET objects in Python's protocols: the runtime operations (attribute access, calls) ask here
/// after the Python types, so both engines, every call site's binder and builtins such as
/// <c>getattr</c> see one behaviour. Collections live in <see cref="ClrCollections"/>, operators,
/// comparison, hashing and <c>str</c> in <see cref="ClrOperators"/>.
/// </summary>
internal static class ClrObjects
{
    /// <summary>
    /// True for a host's object: not one of the runtime's Python values (int, float, str, bool and
    /// the runtime's own types) but a .NET object that came in through a scope or a .NET member.
    /// </summary>
    public static bool IsClr(object value) =>
        value is not (long or BigInteger or string or bool or double or StrongBox<object>)
        && value.GetType().Assembly != typeof(PyCallable).Assembly;

    /// <summary>True for a dynamic object of another language or library (ExpandoObject, DynamicObject), whose own meta-object binds first.</summary>
    public static bool IsForeignDynamic(object? value) =>
        value is IDynamicMetaObjectProvider && value.GetType().Assembly != typeof(PyCallable).Assembly;

    /// <summary>
    /// The instance member <paramref name="name"/> of <paramref name="type"/>, if it has one and the
    /// script running now may see it (<see cref="ClrAccess"/>); a guarded member still checks its
    /// grant each time it is read, so a caller may hold on to it.
    /// </summary>
    public static ClrMember? FindMember(Type type, string name) =>
        ClrTypeInfo.Of(type).TryGetInstance(name, out var member) && member.IsVisible ? member : null;

    /// <summary><c>obj.name</c> on a .NET object: its member, or a Python method of the collection protocols (<c>append</c>, <c>keys</c>, ...).</summary>
    public static bool TryGetMember(object target, string name, out object value)
    {
        if (FindMember(target.GetType(), name) is { } member)
        {
            value = member.Get(target);
            return true;
        }
        return ClrCollections.TryGetPythonMethod(target, name, out value);
    }

    /// <summary><c>obj.name = value</c> on a .NET object; false when the type has no such member.</summary>
    public static bool TrySetMember(object target, string name, object value)
    {
        if (FindMember(target.GetType(), name) is not { } member) return false;
        member.Set(target, value, ClrTypeNames.Name(target.GetType()));
        return true;
    }

    /// <summary>Calls a delegate with Python arguments, converting them to its parameter types.</summary>
    public static object CallDelegate(Delegate target, object[] args, string[]? kwNames) =>
        ClrMethodGroup.ForDelegate(target).Call(args, kwNames ?? []);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, string), CallSite> s_dynamicCalls = new();

    /// <summary>
    /// Calls a foreign dynamic object (a DynamicObject's TryInvoke, another language's function)
    /// through a call site of the runtime's invoke binder, as a call in compiled code does, so a
    /// call made by the runtime itself (a keyword call in the interpreter, <c>map(f, xs)</c>) binds
    /// the same way.
    /// </summary>
    public static object CallForeignDynamic(object target, object[] args, string[] kwNames)
    {
        var site = s_dynamicCalls.GetOrAdd((args.Length, string.Join("\0", kwNames)), _ =>
        {
            var types = new Type[args.Length + 3];
            types[0] = typeof(CallSite);
            for (int i = 1; i < types.Length; i++) types[i] = typeof(object);
            return CallSite.Create(System.Linq.Expressions.Expression.GetDelegateType(types), Binders.PyInvokeBinder.Get(args.Length, kwNames));
        });
        var invoke = (Delegate)site.GetType().GetField("Target")!.GetValue(site)!;
        try
        {
            return invoke.DynamicInvoke([site, target, .. args])!;
        }
        catch (System.Reflection.TargetInvocationException wrapped) when (wrapped.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    /// <summary>CPython's TypeError for a call of something that cannot be called.</summary>
    public static object NotCallable(object target) =>
        throw PyErrors.TypeError(Operations.PyMessages.NotCallable(Operations.PyTypes.TypeName(target)));

    /// <summary>The names <c>dir()</c> shows for a .NET object.</summary>
    public static IEnumerable<string> MemberNames(object target) => ClrTypeInfo.Of(target.GetType()).InstanceNames;
}
