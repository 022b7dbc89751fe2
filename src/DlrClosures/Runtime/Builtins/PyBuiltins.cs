using System.Collections.Frozen;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Builtins;

/// <summary>The <c>builtins</c> module: the names every module sees when it has not bound them itself.</summary>
internal static class PyBuiltins
{
    private static readonly FrozenDictionary<string, object> s_table = Build();

    public static bool TryGetValue(string name, out object value)
    {
        if (s_table.TryGetValue(name, out var found))
        {
            value = found;
            return true;
        }
        value = PyUnbound.Instance;
        return false;
    }

    /// <summary>Every builtin name, for <c>dir(builtins)</c>-like listings and tests.</summary>
    public static IEnumerable<string> Names => s_table.Keys;

    private static FrozenDictionary<string, object> Build()
    {
        var t = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var type in new[]
        {
            PyBuiltinTypes.Object, PyBuiltinTypes.Type, PyBuiltinTypes.Int, PyBuiltinTypes.Bool, PyBuiltinTypes.Float,
            PyBuiltinTypes.Str, PyBuiltinTypes.List, PyBuiltinTypes.Tuple, PyBuiltinTypes.Dict, PyBuiltinTypes.Set, PyBuiltinTypes.FrozenSet, PyBuiltinTypes.Bytes, PyBuiltinTypes.ByteArray, PyBuiltinTypes.Complex,
            PyBuiltinTypes.Range, PyBuiltinTypes.Slice, PyBuiltinTypes.Enumerate, PyBuiltinTypes.Zip, PyBuiltinTypes.Map,
            PyBuiltinTypes.Filter, PyBuiltinTypes.Reversed,
        })
            t[type.Name] = type;
        foreach (var exception in PyExceptionType.All) t[exception.Name] = exception;
        ClassBuiltins.Register(t);
        t["NotImplemented"] = PyNotImplemented.Instance;
        t["Ellipsis"] = PyEllipsis.Instance;

        Add(t, "print", CoreBuiltins.Print);
        foreach (var frameReader in FrameBuiltins.All) t[frameReader.Name] = frameReader;
        Add(t, "compile", EvalBuiltins.Compile);
        Add(t, "input", Io.IoBuiltins.Input);
        Add(t, "open", Io.IoBuiltins.Open);
        Add(t, "__import__", Imports.PyImport.BuiltinImport);
        One(t, "len", CoreBuiltins.Len);
        One(t, "repr", CoreBuiltins.Repr);
        One(t, "ascii", v => PyRepr.Ascii(v));
        One(t, "abs", PyArithmetic.Abs);
        One(t, "callable", CoreBuiltins.Callable);
        One(t, "any", IterationBuiltins.Any);
        One(t, "all", IterationBuiltins.All);
        One(t, "id", v => PyInt.Box(PyObjectIds.IdOf(v)));
        One(t, "hash", v => PyInt.Box(PyHashing.Hash(v)));
        One(t, "chr", NumericBuiltins.Chr);
        One(t, "ord", NumericBuiltins.Ord);
        One(t, "hex", v => NumericBuiltins.Radix(v, 16, "0x"));
        One(t, "oct", v => NumericBuiltins.Radix(v, 8, "0o"));
        One(t, "bin", v => NumericBuiltins.Radix(v, 2, "0b"));
        Add(t, "isinstance", CoreBuiltins.IsInstance);
        Add(t, "issubclass", CoreBuiltins.IsSubclass);
        Add(t, "getattr", CoreBuiltins.GetAttr);
        Add(t, "setattr", CoreBuiltins.SetAttr);
        Add(t, "hasattr", CoreBuiltins.HasAttr);
        Add(t, "delattr", CoreBuiltins.DelAttr);
        Add(t, "iter", CoreBuiltins.Iter);
        Add(t, "next", IterationBuiltins.Next);
        Add(t, "format", CoreBuiltins.Format);
        Add(t, "sorted", IterationBuiltins.Sorted);
        Add(t, "sum", IterationBuiltins.Sum);
        Add(t, "min", (a, k) => IterationBuiltins.MinMax(a, k, "min", CompareOp.Less));
        Add(t, "max", (a, k) => IterationBuiltins.MinMax(a, k, "max", CompareOp.Greater));
        Add(t, "round", NumericBuiltins.Round);
        Add(t, "divmod", NumericBuiltins.DivMod);
        Add(t, "pow", NumericBuiltins.Pow);
        return t.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, object> t, string name, Func<object[], string[]?, object> body) =>
        t[name] = new PyBuiltinFunction(name, body);

    /// <summary>A METH_O builtin: one positional argument, with a call path that allocates no array.</summary>
    private static void One(Dictionary<string, object> t, string name, Func<object, object> body) =>
        t[name] = new PyBuiltinFunction(name, (args, kw) => body(PyArgs.One(name, args, kw)), body);
}
