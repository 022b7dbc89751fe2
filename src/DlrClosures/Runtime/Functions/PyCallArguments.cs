using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Functions;

/// <summary>
/// Calls with <c>*args</c> or <c>**kwargs</c> at the call site: the slow path, taken only where the
/// source spreads arguments. Plain positional and keyword calls go through <c>PyInvokeBinder</c>.
/// </summary>
internal static class PyCallArguments
{
    /// <param name="callable">What is called.</param>
    /// <param name="positional">Positional argument expressions' values, in order.</param>
    /// <param name="starred">Which of them are <c>*iterable</c>.</param>
    /// <param name="kwNames">Keyword names; null marks a <c>**mapping</c>.</param>
    /// <param name="kwValues">The keyword values and mappings.</param>
    public static object Call(object callable, object[] positional, bool[] starred, string?[] kwNames, object[] kwValues)
    {
        var args = PyDisplays.Flatten(positional, starred, callable, static (callable, item) =>
            PyErrors.TypeError(FunctionMessages.ArgumentAfterStar(FunctionString(callable), PyTypes.TypeName(item))), kwNames.Length);
        var names = new List<string>(kwNames.Length);
        for (int i = 0; i < kwNames.Length; i++)
        {
            if (kwNames[i] is { } name)
            {
                Add(callable, args, names, name, kwValues[i]);
                continue;
            }
            if (kwValues[i] is not PyDict mapping)
                throw PyErrors.TypeError(FunctionMessages.ArgumentAfterStarStar(FunctionString(callable), PyTypes.TypeName(kwValues[i])));
            // The entries in order, values as stored: no key is hashed again. Nothing here runs
            // Python code, so the mapping cannot change meanwhile.
            int count = mapping.EntryCount;
            for (int position = 0; position < count; position++)
            {
                if (!mapping.TryGetEntry(position, out var key, out var value)) continue;
                if (key is not string keyName) throw PyErrors.TypeError(FunctionMessages.KeywordsMustBeStrings);
                Add(callable, args, names, keyName, value);
            }
        }
        return PyCalls.Call(callable, args.ToArray(), names.ToArray());
    }

    private static void Add(object callable, List<object> args, List<string> names, string name, object value)
    {
        if (names.Contains(name)) throw PyErrors.TypeError(FunctionMessages.DuplicateKeyword(FunctionString(callable), name));
        names.Add(name);
        args.Add(value);
    }

    // CPython's _PyObject_FunctionStr: "module.qualname()", with the module left out for builtins.
    // Every script runs as __main__.
    private static string FunctionString(object callable) => callable switch
    {
        PyFunction function => $"__main__.{function.QualifiedName}()",
        PyType { IsUserClass: true } type => $"__main__.{type.QualName}()",
        PyType type => $"{type.Name}()",
        Classes.PyMethod { Function: var function } => FunctionString(function),
        Builtins.PyBuiltinFunction builtin => $"{builtin.Name}()",
        _ => $"{PyTypes.TypeName(callable)} object",
    };
}
