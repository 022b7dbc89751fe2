using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Builtins;

/// <summary>Argument checking for builtins, with the texts of Python/getargs.c and Python/bltinmodule.c.</summary>
internal static class PyArgs
{
    /// <summary>Number of positional arguments (the keyword values follow them in the array).</summary>
    public static int Positional(object[] args, string[]? kwNames) => args.Length - (kwNames?.Length ?? 0);

    public static void NoKeywords(string function, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw PyErrors.TypeError(PyMessages.TakesNoKeywordArguments(function));
    }

    /// <summary>Rejects keywords other than <paramref name="allowed"/>, as "'x' is an invalid keyword argument for f()".</summary>
    public static void AllowKeywords(string function, string[]? kwNames, params string[] allowed)
    {
        if (kwNames is null) return;
        foreach (var name in kwNames)
            if (Array.IndexOf(allowed, name) < 0)
                throw PyErrors.TypeError(PyMessages.InvalidKeywordArgument(name, function));
    }

    /// <summary>Like <see cref="AllowKeywords"/> but with the "got an unexpected keyword argument" wording.</summary>
    public static void AllowKeywordsUnexpected(string function, string[]? kwNames, params string[] allowed)
    {
        if (kwNames is null) return;
        foreach (var name in kwNames)
            if (Array.IndexOf(allowed, name) < 0)
                throw PyErrors.TypeError(PyMessages.UnexpectedKeywordArgument(function, name));
    }

    /// <summary>The value of keyword <paramref name="name"/>, or null when it was not passed.</summary>
    public static object? Keyword(object[] args, string[]? kwNames, string name)
    {
        if (kwNames is null) return null;
        int index = Array.IndexOf(kwNames, name);
        return index < 0 ? null : args[args.Length - kwNames.Length + index];
    }

    /// <summary>METH_O: exactly one positional argument and no keywords.</summary>
    public static object One(string function, object[] args, string[]? kwNames)
    {
        NoKeywords(function, kwNames);
        if (args.Length != 1) throw PyErrors.TypeError(PyMessages.TakesExactlyOneArgument(function, args.Length));
        return args[0];
    }

    /// <summary>METH_NOARGS.</summary>
    public static void None(string function, object[] args, string[]? kwNames)
    {
        NoKeywords(function, kwNames);
        if (args.Length != 0) throw PyErrors.TypeError(PyMessages.TakesNoArguments(function, args.Length));
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> positional arguments (the "expected at least/most" family).</summary>
    public static int Range(string function, object[] args, string[]? kwNames, int min, int max)
    {
        int n = Positional(args, kwNames);
        if (min == max && n != min) throw PyErrors.TypeError(PyMessages.ExpectedArguments(function, min, n));
        if (n < min) throw PyErrors.TypeError(PyMessages.ExpectedAtLeast(function, min, n));
        if (n > max) throw PyErrors.TypeError(PyMessages.ExpectedAtMost(function, max, n));
        return n;
    }

    /// <summary>An int argument that must fit in a long (__index__ semantics).</summary>
    public static long Index(object value)
    {
        if (PyInt.TryGetLong(value, out long l)) return l;
        if (value is Classes.PyInstance) value = PyInt.FromBigInteger(BigIndex(value));
        if (PyInt.TryGetLong(value, out l)) return l;
        if (value is System.Numerics.BigInteger)
            throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
        throw PyErrors.TypeError(PyMessages.CannotInterpretAsInteger(PyTypes.TypeName(value)));
    }

    /// <summary>An int argument of any size: an int or an object with <c>__index__</c> (PyNumber_Index).</summary>
    public static System.Numerics.BigInteger BigIndex(object value)
    {
        if (PyInt.TryGetBig(value, out var big)) return big;
        if (value is Classes.PyInstance instance && instance.TryInvokeSpecial("__index__", [], out var r))
            return PyInt.TryGetBig(r, out big) ? big
                : throw PyErrors.TypeError($"__index__ returned non-int (type {PyTypes.TypeName(r)})");
        throw PyErrors.TypeError(PyMessages.CannotInterpretAsInteger(PyTypes.TypeName(value)));
    }

    /// <summary>_PyEval_SliceIndex: a start/end argument, huge values clamped (they only mean "past the end").</summary>
    public static long SliceIndex(object value)
    {
        if (value is long l) return l;
        var big = BigIndex(value);
        return big > long.MaxValue / 2 ? long.MaxValue / 2 : big < long.MinValue / 2 ? long.MinValue / 2 : (long)big;
    }

    /// <summary>A str argument, with CPython's "must be str, not int".</summary>
    public static string Str(object value) =>
        value as string ?? throw PyErrors.TypeError(PyMessages.MustBeStrNot(PyTypes.TypeName(value)));
}
