using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Classes;

/// <summary>Argument binding for the class builtins that take optional named parameters (property's fget, fset, fdel, doc).</summary>
internal static class ClassArgs
{
    /// <summary>
    /// Binds positional arguments then keywords to <paramref name="names"/>; a parameter not given
    /// is null. CPython's getargs texts: "takes at most N arguments (M given)", "'x' is an invalid
    /// keyword argument for f()", "argument for f() given by name ('x') and position (1)".
    /// </summary>
    public static object?[] Bind(string function, object[] args, string[]? kwNames, string[] names)
    {
        int positional = PyArgs.Positional(args, kwNames);
        if (args.Length > names.Length)
            throw PyErrors.TypeError($"{function}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
        var values = new object?[names.Length];
        for (int i = 0; i < positional; i++) values[i] = args[i];
        for (int i = positional; i < args.Length; i++)
        {
            string name = kwNames![i - positional];
            int index = Array.IndexOf(names, name);
            if (index < 0) throw PyErrors.TypeError($"'{name}' is an invalid keyword argument for {function}()");
            if (index < positional)
                throw PyErrors.TypeError($"argument for {function}() given by name ('{name}') and position ({index + 1})");
            values[index] = args[i];
        }
        return values;
    }
}
