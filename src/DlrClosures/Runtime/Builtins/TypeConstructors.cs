using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Methods;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Builtins;

/// <summary>The constructors of object, type and the container types.</summary>
internal static class TypeConstructors
{
    public static object Object(object[] args, string[]? kw)
    {
        if (args.Length > 0) throw PyErrors.TypeError("object() takes no arguments");
        return new PyInstance(PyBuiltinTypes.Object);
    }

    /// <summary>type(x) is the class of x; type(name, bases, dict) makes a class.</summary>
    public static object Type(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("type", kw);
        if (args.Length == 1) return PyTypes.TypeOf(args[0]);
        if (args.Length != 3) throw PyErrors.TypeError(PyMessages.TypeTakesOneOrThree);
        string name = args[0] as string ?? throw PyErrors.TypeError(
            $"type.__new__() argument 1 must be str, not {PyTypes.TypeName(args[0])}");
        var bases = args[1] is PyTuple tuple
            ? tuple.Items.Select(b => b as PyType ?? throw PyErrors.TypeError("bases must be types")).ToArray()
            : throw PyErrors.TypeError($"type.__new__() argument 2 must be tuple, not {PyTypes.TypeName(args[1])}");
        var ns = args[2] as PyDict ?? throw PyErrors.TypeError(
            $"type.__new__() argument 3 must be dict, not {PyTypes.TypeName(args[2])}");
        return PyType.CreateClass(name, name, bases, ns.Copy());
    }

    public static object List(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("list", kw);
        if (args.Length > 1) throw PyErrors.TypeError(PyMessages.ExpectedAtMost("list", 1, args.Length));
        return args.Length == 0 ? new PyList() : new PyList(PyIteration.ToList(args[0]));
    }

    public static object Tuple(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("tuple", kw);
        if (args.Length > 1) throw PyErrors.TypeError(PyMessages.ExpectedAtMost("tuple", 1, args.Length));
        if (args.Length == 0) return PyTuple.Empty;
        if (args[0] is PyTuple t) return t;
        var items = PyIteration.ToList(args[0]);
        return items.Count == 0 ? PyTuple.Empty : new PyTuple(items.ToArray());
    }

    public static object Dict(object[] args, string[]? kw)
    {
        int n = PyArgs.Positional(args, kw);
        if (n > 1) throw PyErrors.TypeError(PyMessages.ExpectedAtMost("dict", 1, n));
        var dict = new PyDict();
        DictMethods.Update(dict, n == 1 ? args[0] : null, args, kw);
        return dict;
    }

    public static object Set(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("set", kw);
        if (args.Length > 1) throw PyErrors.TypeError(PyMessages.ExpectedAtMost("set", 1, args.Length));
        var set = new PySet();
        if (args.Length == 1)
        {
            if (args[0] is PySet other) set.Merge(other);
            else foreach (var item in PyIteration.Enumerate(args[0])) set.Add(item);
        }
        return set;
    }

    /// <summary>frozenset(): a frozenset argument is returned as it is (frozenset_new).</summary>
    public static object FrozenSet(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("frozenset", kw);
        if (args.Length > 1) throw PyErrors.TypeError(PyMessages.ExpectedAtMost("frozenset", 1, args.Length));
        if (args.Length == 1 && args[0] is PySet { IsFrozen: true } same) return same;
        return ((PySet)Set(args, kw)).Freeze();
    }

    public static object Range(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("range", kw);
        switch (args.Length)
        {
            case 1: return args[0] is long stop ? new PyRange(0, stop, 1) : new PyRange(0, PyArgs.BigIndex(args[0]), 1);
            case 2:
                if (args[0] is long a && args[1] is long b) return new PyRange(a, b, 1);
                return new PyRange(PyArgs.BigIndex(args[0]), PyArgs.BigIndex(args[1]), 1);
            case 3:
                var start = PyArgs.BigIndex(args[0]);
                var end = PyArgs.BigIndex(args[1]);
                var step = PyArgs.BigIndex(args[2]);
                if (step.IsZero) throw PyErrors.ValueError(PyMessages.RangeStepZero);
                return new PyRange(start, end, step);
            case 0: throw PyErrors.TypeError(PyMessages.ExpectedAtLeast("range", 1, 0));
            default: throw PyErrors.TypeError(PyMessages.ExpectedAtMost("range", 3, args.Length));
        }
    }

    public static object Slice(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("slice", kw);
        return args.Length switch
        {
            1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
            2 => new PySlice(args[0], args[1], PyNone.Instance),
            3 => new PySlice(args[0], args[1], args[2]),
            0 => throw PyErrors.TypeError(PyMessages.ExpectedAtLeast("slice", 1, 0)),
            _ => throw PyErrors.TypeError(PyMessages.ExpectedAtMost("slice", 3, args.Length)),
        };
    }
}
