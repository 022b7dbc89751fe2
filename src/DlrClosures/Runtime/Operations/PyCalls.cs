using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>Calling any callable value, with CPython's 'object is not callable' error for the rest.</summary>
public static class PyCalls
{
    public static object Call(object callable, object[] args) => callable switch
    {
        PyCallable c => c.Call(args),
        PyExceptionType type => new PyExceptionObject(type, args),
        PyInstance instance when instance.TryInvokeSpecial("__call__", args, out var result) => result,
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
            default: throw PyErrors.TypeError(PyMessages.NotCallable(PyTypes.TypeName(callable)));
        }
    }

    /// <summary>
    /// <c>f(a, *star, k=v, **starStar)</c> (CALL_FUNCTION_EX). <paramref name="positional"/> holds the
    /// explicit positional arguments followed by the values of the keywords in <paramref name="kwNames"/>;
    /// <paramref name="starArgs"/> (any iterable) is spliced after the explicit positionals and the
    /// entries of <paramref name="starStarKwargs"/> (a dict with str keys) after the explicit keywords.
    /// </summary>
    public static object CallStar(object callable, object[] positional, object? starArgs, object? starStarKwargs, string[] kwNames)
    {
        int explicitCount = positional.Length - kwNames.Length;
        var args = new List<object>(positional.Take(explicitCount));
        if (starArgs is not null)
        {
            var iterator = PyIteration.TryGetIterator(starArgs!)
                ?? throw PyErrors.TypeError(PyMessages.StarArgsNotIterable(FunctionStr(callable), PyTypes.TypeName(starArgs!)));
            while (iterator.MoveNext(out var item)) args.Add(item);
        }
        var names = new List<string>(kwNames);
        args.AddRange(positional.Skip(explicitCount));
        if (starStarKwargs is not null)
        {
            if (starStarKwargs is not PyDict dict)
                throw PyErrors.TypeError(PyMessages.StarStarNotMapping(FunctionStr(callable), PyTypes.TypeName(starStarKwargs)));
            foreach (var (key, value) in dict.Entries)
            {
                if (key is not string name) throw PyErrors.TypeError(PyMessages.KeywordsMustBeStrings(FunctionStr(callable)));
                if (names.Contains(name)) throw PyErrors.TypeError(PyMessages.MultipleValuesForKeyword(FunctionStr(callable), name));
                names.Add(name);
                args.Add(value);
            }
        }
        return names.Count == 0 ? Call(callable, args.ToArray()) : Call(callable, args.ToArray(), names.ToArray());
    }

    /// <summary>_PyObject_FunctionStr: <c>f()</c>, <c>Outer.f()</c>, <c>print()</c>, as call errors name the callee.</summary>
    internal static string FunctionStr(object callable) => callable switch
    {
        PyBuiltinFunction b => b.Name + "()",
        PyType t => t.QualName + "()",
        IPyAttributes a when a.TryGetAttribute("__qualname__", out var q) && q is string s => s + "()",
        _ => PyTypes.TypeName(callable) + " object",
    };
}
