using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Iterators;
using DlrClosures.Runtime.Operations;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime.Builtins;

/// <summary>The builtins that consume or produce iterators (Python/bltinmodule.c, Objects/enumobject.c).</summary>
internal static class IterationBuiltins
{
    public static object Enumerate(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("enumerate", kw, "iterable", "start");
        int n = PyArgs.Positional(args, kw);
        if (n > 2) throw PyErrors.TypeError(PyMessages.TakesPositionalArguments("enumerate", 2, n));
        var iterable = n > 0 ? args[0] : PyArgs.Keyword(args, kw, "iterable")
            ?? throw PyErrors.TypeError("enumerate() missing required argument 'iterable' (pos 1)");
        var start = n > 1 ? args[1] : PyArgs.Keyword(args, kw, "start") ?? PyInt.Box(0);
        if (!PyInt.IsInt(start)) throw PyErrors.TypeError(PyMessages.CannotInterpretAsInteger(PyTypes.TypeName(start)));
        return new EnumerateIterator(PyIteration.GetIterator(iterable), PyArithmetic.Plus(start));
    }

    public static object Zip(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("zip", kw, "strict");
        int n = PyArgs.Positional(args, kw);
        var sources = args.Take(n).Select(PyIteration.GetIterator).ToArray();
        return PyComparison.IsTrue(PyArgs.Keyword(args, kw, "strict") ?? PyBool.False)
            ? new StrictZipIterator(sources) : new ZipIterator(sources);
    }

    public static object Map(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("map", kw);
        if (args.Length < 2) throw PyErrors.TypeError("map() must have at least two arguments.");
        return new MapIterator(args[0], args.Skip(1).Select(PyIteration.GetIterator).ToArray());
    }

    public static object Filter(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("filter", kw);
        if (args.Length != 2) throw PyErrors.TypeError(PyMessages.ExpectedArguments("filter", 2, args.Length));
        return new FilterIterator(args[0], PyIteration.GetIterator(args[1]));
    }

    public static object Reversed(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("reversed", kw);
        if (args.Length != 1) throw PyErrors.TypeError(PyMessages.ExpectedArguments("reversed", 1, args.Length));
        switch (args[0])
        {
            case PyList list:
                return new ReversedIterator(() => list.Count, i => list.Items[i], list.Count - 1, "list_reverseiterator");
            case PyTuple tuple:
                return new ReversedIterator(() => tuple.Count, i => tuple.Items[i], tuple.Count - 1, "reversed");
            case string s:
                return new ReversedIterator(() => s.Length, i => s[i].ToString(), s.Length - 1, "reversed");
            case PyRange r:
                return RangeOps.Reversed(r);
            case PyBytes bytes:
                return new ReversedIterator(() => bytes.Count, i => PyInt.Box(bytes[i]), bytes.Count - 1, "reversed");
            case PyDict dict:
                return new DictIterator(dict, PyDictViewKind.Keys, reversed: true);
            case PyInstance instance when instance.TryInvokeSpecial("__reversed__", [], out var result):
                return result;
            // reversed_new: the sequence protocol, __len__ then __getitem__ from the last index down.
            case PyInstance instance when instance.HasSpecial("__getitem__") && instance.HasSpecial("__len__"):
                long length = PyArgs.Index(CoreBuiltins.Len(instance));
                return new ReversedIterator(() => int.MaxValue, i => PyIndexing.GetItem(instance, PyInt.Box(i)), (int)length - 1, "reversed");
        }
        throw PyErrors.TypeError($"'{PyTypes.TypeName(args[0])}' object is not reversible");
    }

    public static object Sorted(object[] args, string[]? kw)
    {
        int n = PyArgs.Positional(args, kw);
        if (n != 1) throw PyErrors.TypeError(n == 0
            ? "sorted expected 1 argument, got 0"
            : $"sorted expected 1 argument, got {n}");
        PyArgs.AllowKeywordsUnexpected("sort", kw, "key", "reverse");
        var items = PyIteration.ToList(args[0]);
        PySorting.Sort(items, PyArgs.Keyword(args, kw, "key") ?? PyNone.Instance,
            PyComparison.IsTrue(PyArgs.Keyword(args, kw, "reverse") ?? PyBool.False));
        return new PyList(items);
    }

    /// <summary>min_max in bltinmodule.c: the first extreme item wins ties.</summary>
    public static object MinMax(object[] args, string[]? kw, string name, CompareOp op)
    {
        PyArgs.AllowKeywordsUnexpected(name, kw, "key", "default");
        int n = PyArgs.Positional(args, kw);
        if (n == 0) throw PyErrors.TypeError(PyMessages.ExpectedAtLeast(name, 1, 0));
        var key = PyArgs.Keyword(args, kw, "key") ?? PyNone.Instance;
        var defaultValue = PyArgs.Keyword(args, kw, "default");
        if (n > 1 && defaultValue is not null)
            throw PyErrors.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        IEnumerable<object> items = n == 1 ? PyIteration.Enumerate(args[0]) : args.Take(n);
        object? best = null, bestKey = null;
        foreach (var item in items)
        {
            var k = key is PyNone ? item : PyCalls.Call(key, [item]);
            if (best is null || PyComparison.Order(k, bestKey!, op))
            {
                best = item;
                bestKey = k;
            }
        }
        return best ?? defaultValue ?? throw PyErrors.ValueError(PyMessages.ArgIsEmptySequence(name));
    }

    public static object Sum(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("sum", kw, "start");
        int n = PyArgs.Positional(args, kw);
        if (n == 0) throw PyErrors.TypeError(PyMessages.ExpectedAtLeast("sum", 1, 0));
        if (n > 2) throw PyErrors.TypeError(PyMessages.ExpectedAtMost("sum", 2, n));
        var total = n > 1 ? args[1] : PyArgs.Keyword(args, kw, "start") ?? PyInt.Box(0);
        if (total is string) throw PyErrors.TypeError(PyMessages.SumNoStrings);
        var iterator = PyIteration.GetIterator(args[0]);
        var steps = PyLimits.Steps;
        while (iterator.MoveNext(out var item))
        {
            PyLimits.Step(steps);
            total = PyArithmetic.Add(total, item);
        }
        return total;
    }

    public static object Any(object iterable)
    {
        var iterator = PyIteration.GetIterator(iterable);
        var steps = PyLimits.Steps;
        while (iterator.MoveNext(out var item))
        {
            PyLimits.Step(steps);
            if (PyComparison.IsTrue(item)) return PyBool.True;
        }
        return PyBool.False;
    }

    public static object All(object iterable)
    {
        var iterator = PyIteration.GetIterator(iterable);
        var steps = PyLimits.Steps;
        while (iterator.MoveNext(out var item))
        {
            PyLimits.Step(steps);
            if (!PyComparison.IsTrue(item)) return PyBool.False;
        }
        return PyBool.True;
    }

    public static object Next(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("next", kw);
        PyArgs.Range("next", args, kw, 1, 2);
        if (PyIteration.TryNext(args[0], out var value)) return value;
        return args.Length > 1 ? args[1] : throw PyErrors.StopIteration();
    }
}
