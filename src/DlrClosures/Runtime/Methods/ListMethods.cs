using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>list's methods (Objects/listobject.c).</summary>
internal static class ListMethods
{
    public static void Register(Dictionary<string, MethodBody> t)
    {
        t["append"] = (s, a, k) =>
        {
            return Append(s, PyArgs.One("list.append", a, k));
        };
        t["extend"] = (s, a, k) =>
        {
            PyArithmetic.InPlaceAdd(s, PyArgs.One("list.extend", a, k));
            return PyNone.Instance;
        };
        t["insert"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("insert", k);
            if (a.Length != 2) throw PyErrors.TypeError(PyMessages.ExpectedArguments("insert", 2, a.Length));
            var items = ((PyList)s).Items;
            long i = PyArgs.Index(a[0]);
            if (i < 0) i = Math.Max(0, i + items.Count);
            items.Insert((int)Math.Min(i, items.Count), a[1]);
            return PyNone.Instance;
        };
        t["pop"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("pop", k);
            PyArgs.Range("pop", a, k, 0, 1);
            var items = ((PyList)s).Items;
            if (items.Count == 0) throw PyErrors.IndexError(PyMessages.PopFromEmptyList);
            long i = a.Length > 0 ? PyArgs.Index(a[0]) : -1;
            if (i < 0) i += items.Count;
            if (i < 0 || i >= items.Count) throw PyErrors.IndexError(PyMessages.PopIndexOutOfRange);
            var item = items[(int)i];
            items.RemoveAt((int)i);
            return item;
        };
        t["remove"] = (s, a, k) =>
        {
            var x = PyArgs.One("list.remove", a, k);
            var items = ((PyList)s).Items;
            int i = IndexIn(items, x, 0, items.Count);
            if (i < 0) throw PyErrors.ValueError(PyMessages.ListRemoveNotInList);
            items.RemoveAt(i);
            return PyNone.Instance;
        };
        t["index"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("index", k);
            PyArgs.Range("index", a, k, 1, 3);
            var items = ((PyList)s).Items;
            var (start, end) = Bounds(items.Count, a);
            int i = IndexIn(items, a[0], start, end);
            return i >= 0 ? PyInt.Box(i) : throw PyErrors.ValueError(PyMessages.NotInList(PyRepr.Repr(a[0])));
        };
        t["count"] = (s, a, k) =>
        {
            var x = PyArgs.One("list.count", a, k);
            return PyInt.Box(((PyList)s).Items.Count(item => PyComparison.ItemEqual(item, x)));
        };
        t["sort"] = (s, a, k) =>
        {
            if (PyArgs.Positional(a, k) > 0) throw PyErrors.TypeError("sort() takes no positional arguments");
            PyArgs.AllowKeywordsUnexpected("sort", k, "key", "reverse");
            var key = PyArgs.Keyword(a, k, "key") ?? PyNone.Instance;
            bool reverse = PyComparison.IsTrue(PyArgs.Keyword(a, k, "reverse") ?? PyBool.False);
            PySorting.Sort(((PyList)s).Items, key, reverse);
            return PyNone.Instance;
        };
        t["reverse"] = (s, a, k) =>
        {
            PyArgs.None("list.reverse", a, k);
            ((PyList)s).Items.Reverse();
            return PyNone.Instance;
        };
        t["copy"] = (s, a, k) =>
        {
            PyArgs.None("list.copy", a, k);
            return new PyList(new List<object>(((PyList)s).Items));
        };
        t["clear"] = (s, a, k) =>
        {
            PyArgs.None("list.clear", a, k);
            ((PyList)s).Items.Clear();
            return PyNone.Instance;
        };
    }

    /// <summary><c>lst.append(x)</c>, shared by the method table and the call fast path (FastMethods).</summary>
    public static object Append(object self, object item)
    {
        ((PyList)self).Items.Add(item);
        return PyNone.Instance;
    }

    /// <summary>The optional start/end of index(), resolved like slice bounds.</summary>
    internal static (int Start, int End) Bounds(int count, object[] args)
    {
        long start = args.Length > 1 ? PyArgs.SliceIndex(args[1]) : 0;
        long end = args.Length > 2 ? PyArgs.SliceIndex(args[2]) : count;
        if (start < 0) start = Math.Max(0, start + count);
        if (end < 0) end = Math.Max(0, end + count);
        return ((int)Math.Min(start, count), (int)Math.Min(end, count));
    }

    internal static int IndexIn(IReadOnlyList<object> items, object x, int start, int end)
    {
        for (int i = start; i < end && i < items.Count; i++)
            if (PyComparison.ItemEqual(items[i], x)) return i;
        return -1;
    }
}
