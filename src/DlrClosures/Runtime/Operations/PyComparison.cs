using System.Numerics;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime.Operations;

/// <summary>Rich comparisons, equality, identity-free containment and truth, with CPython's rules and error messages.</summary>
/// <remarks>
/// Numbers compare exactly across int, bool, BigInteger and float (float_richcompare never rounds
/// the int); sequences compare lexicographically, items first by identity then ==
/// (list_richcompare); any other pair is equal only when identical and unordered.
/// </remarks>
internal static class PyComparison
{
    public static object Equal(object a, object b)
    {
        if (a is PyInstance or PyDictView || b is PyInstance or PyDictView)
            return UserEquality(a, b, negate: false);
        return PyBool.Box(EqualBool(a, b));
    }

    public static object NotEqual(object a, object b)
    {
        if (a is PyInstance || b is PyInstance) return UserEquality(a, b, negate: true);
        return PyBool.Box(!EqualBool(a, b));
    }

    // The ordering operators return what the special method returned (PyObject_RichCompare);
    // only IsTrue and the *Bool forms coerce it.
    public static object Less(object a, object b) =>
        a is long x && b is long y ? PyBool.Box(x < y) : RichOrder(a, b, CompareOp.Less);
    public static object LessEqual(object a, object b) => RichOrder(a, b, CompareOp.LessEqual);
    public static object Greater(object a, object b) => RichOrder(a, b, CompareOp.Greater);
    public static object GreaterEqual(object a, object b) => RichOrder(a, b, CompareOp.GreaterEqual);

    public static bool EqualBool(object a, object b)
    {
        if (a is long x && b is long y) return x == y;
        if (a is string s) return b is string t && string.Equals(s, t, StringComparison.Ordinal);
        if (IsNumber(a) && IsNumber(b)) return CompareNumbers(a, b) == 0;
        switch (a)
        {
            case PyList l: return b is PyList m && Nested(() => SequenceEqual(l.Items, m.Items));
            case PyTuple t: return b is PyTuple u && TupleEqual(t.Items, u.Items);
            case PyDict d: return b is PyDict e && Nested(() => d.ContentEquals(e));
            case PySet p: return b is PySet q && p.Count == q.Count && p.Items.All(q.Contains);
            case PyBytes bx: return b is PyBytes by && BytesOps.Equal(bx, by);
            case PyRange r:
                return b is PyRange o && RangeOps.Equal(r, o);
            case PyInstance or PyDictView: return IsTrue(Equal(a, b));
        }
        if (b is PyInstance) return IsTrue(Equal(a, b));
        if (Interop.ClrObjects.IsClr(a) || Interop.ClrObjects.IsClr(b)) return Interop.ClrOperators.Equal(a, b);
        return ReferenceEquals(a, b);
    }

    public static bool LessBool(object a, object b)
    {
        if (a is long x && b is long y) return x < y;
        return Order(a, b, CompareOp.Less);
    }

    /// <summary>Identity, then ==: how containers compare their elements (PyObject_RichCompare with the identity shortcut).</summary>
    public static bool ItemEqual(object a, object b) => ReferenceEquals(a, b) || EqualBool(a, b);

    public static bool Contains(object container, object item)
    {
        switch (container)
        {
            case PyDict dict: return dict.ContainsKey(item);
            case PyList list:
                foreach (var x in list.Items) if (ItemEqual(x, item)) return true;
                return false;
            case PyTuple tuple:
                foreach (var x in tuple.Items) if (ItemEqual(x, item)) return true;
                return false;
            case string s:
                if (item is not string sub) throw PyErrors.TypeError(PyMessages.InStringRequiresString(PyTypes.TypeName(item)));
                return s.Contains(sub, StringComparison.Ordinal);
            case PySet set: return set.Contains(item);
            case PyBytes bytes: return BytesOps.Contains(bytes, item);
            case PyRange range when range.IsSmall && item is long v:
                if (range.Step > 0 ? v < range.Start || v >= range.Stop : v > range.Start || v <= range.Stop) return false;
                return (v - range.Start) % range.Step == 0;
            case PyRange range when PyInt.TryGetBig(item, out var big): return RangeOps.ContainsInt(range, big);
            case PyDictView { Kind: PyDictViewKind.Keys } keys: return keys.Dict.ContainsKey(item);
            case PyDictView { Kind: PyDictViewKind.Items } items:
                return item is PyTuple { Count: 2 } pair && items.Dict.TryGetValue(pair.Items[0], out var value)
                    && ItemEqual(value, pair.Items[1]);
            case PyInstance instance when instance.TryInvokeSpecial("__contains__", [item], out var result):
                return IsTrue(result);
            case var _ when Interop.ClrCollections.TryContains(container, item, out bool found):
                return found;
        }
        // PySequence_Contains falls back to iteration (_PySequence_IterSearch), whose failure reads "argument of type ...".
        var iterator = container is PyRange or PyDictView or PyIterator or PyInstance ? PyIteration.TryGetIterator(container) : null;
        if (iterator is null) throw PyErrors.TypeError(PyMessages.ArgumentNotIterable(PyTypes.TypeName(container)));
        var steps = PyLimits.Steps;
        while (iterator.MoveNext(out var x))
        {
            PyLimits.Step(steps);
            if (ItemEqual(x, item)) return true;
        }
        return false;
    }

    public static bool IsTrue(object value) => value switch
    {
        bool b => b,
        long l => l != 0,
        PyNone => false,
        string s => s.Length != 0,
        double d => d != 0,
        BigInteger => true,
        PyList l => l.Count != 0,
        PyTuple t => t.Count != 0,
        PyDict d => d.Count != 0,
        PySet s => s.Count != 0,
        PyBytes b => b.Count != 0,
        PyRange r => !r.IsEmpty,
        PyDictView v => v.Dict.Count != 0,
        PyInstance i => InstanceTruth(i),
        _ => true,
    };

    /// <summary>Comparison of two numbers (int, bool, BigInteger, float); null when either is NaN.</summary>
    public static int? CompareNumbers(object a, object b)
    {
        if (PyInt.TryGetLong(a, out long x) && PyInt.TryGetLong(b, out long y)) return x.CompareTo(y);
        if (a is double da)
        {
            if (b is double db) return double.IsNaN(da) || double.IsNaN(db) ? null : da.CompareTo(db);
            int? r = CompareIntFloat(b, da);
            return r is null ? null : -r;
        }
        if (b is double d) return CompareIntFloat(a, d);
        PyInt.TryGetBig(a, out var bx);
        PyInt.TryGetBig(b, out var by);
        return bx.CompareTo(by);
    }

    /// <summary>Exact int-versus-float comparison (float_richcompare's big-int branch).</summary>
    private static int? CompareIntFloat(object i, double d)
    {
        if (double.IsNaN(d)) return null;
        if (double.IsInfinity(d)) return d > 0 ? -1 : 1;
        if (PyInt.TryGetLong(i, out long l) && Math.Abs(l) <= 1L << 53) return ((double)l).CompareTo(d);
        PyInt.TryGetBig(i, out var big);
        double floor = Math.Floor(d);
        int c = big.CompareTo(new BigInteger(floor));
        if (c != 0) return c;
        return floor == d ? 0 : -1;
    }

    internal static bool IsNumber(object value) => value is long or double or bool or BigInteger;

    /// <summary>The ordering operators; TypeError "'&lt;' not supported between instances of ..." for unordered types.</summary>
    internal static bool Order(object a, object b, CompareOp op)
    {
        var result = RichOrder(a, b, op);
        return result is bool b1 ? b1 : IsTrue(result);
    }

    /// <summary>An ordering comparison as PyObject_RichCompare gives it: a bool for built-in types, the special method's result for classes.</summary>
    internal static object RichOrder(object a, object b, CompareOp op)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            int? c = CompareNumbers(a, b);
            return PyBool.Box(c is { } v && Holds(op, v));
        }
        switch (a)
        {
            case string s when b is string t: return PyBool.Box(Holds(op, string.CompareOrdinal(s, t)));
            case PyList l when b is PyList m: return NestedOrder(l.Items, m.Items, op);
            case PyTuple t when b is PyTuple u: return NestedOrder(t.Items, u.Items, op);
            case PySet p when b is PySet q: return PyBool.Box(SetOrder(p, q, op));
            case PyBytes x when b is PyBytes y: return PyBool.Box(Holds(op, BytesOps.Compare(x, y)));
        }
        if (a is PyInstance left && left.TryInvokeSpecial(CompareOpInfo.Method(op), [b], out var result) && result is not PyNotImplemented)
            return result;
        if (b is PyInstance right && right.TryInvokeSpecial(CompareOpInfo.Method(CompareOpInfo.Swap(op)), [a], out result)
            && result is not PyNotImplemented)
            return result;
        if (Interop.ClrOperators.TryCompare(a, b, op, out bool ordered)) return PyBool.Box(ordered);
        throw PyErrors.TypeError(PyMessages.NotSupportedBetween(CompareOpInfo.Symbol(op), PyTypes.TypeName(a), PyTypes.TypeName(b)));
    }

    private static bool Holds(CompareOp op, int c) => op switch
    {
        CompareOp.Less => c < 0,
        CompareOp.LessEqual => c <= 0,
        CompareOp.Greater => c > 0,
        _ => c >= 0,
    };

    // PyObject_RichCompare counts a recursion level per comparison of containers, which compare their items in turn.
    private static bool Nested(Func<bool> compare)
    {
        NativeRecursion.Enter(NativeRecursion.InComparison);
        try
        {
            return compare();
        }
        finally
        {
            NativeRecursion.Exit();
        }
    }

    /// <summary>
    /// Tuples of ints and strs (dict keys such as (x, y)) compare without the recursion guard or a
    /// closure: no element can run Python code or nest. The first other pair hands the rest to the
    /// general, guarded comparison.
    /// </summary>
    private static bool TupleEqual(object[] a, object[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            object x = a[i], y = b[i];
            if (ReferenceEquals(x, y)) continue;
            if (x is long lx && y is long ly)
            {
                if (lx != ly) return false;
                continue;
            }
            if (x is string sx && y is string sy)
            {
                if (!string.Equals(sx, sy)) return false;
                continue;
            }
            int from = i;
            return Nested(() => SequenceEqual(new ArraySegment<object>(a, from, a.Length - from), new ArraySegment<object>(b, from, b.Length - from)));
        }
        return true;
    }

    private static bool SequenceEqual(IReadOnlyList<object> a, IReadOnlyList<object> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count && i < b.Count; i++)
            if (!ItemEqual(a[i], b[i])) return false;
        return a.Count == b.Count;
    }

    private static object NestedOrder(IReadOnlyList<object> a, IReadOnlyList<object> b, CompareOp op)
    {
        NativeRecursion.Enter(NativeRecursion.InComparison);
        try
        {
            return SequenceOrder(a, b, op);
        }
        finally
        {
            NativeRecursion.Exit();
        }
    }

    // list_richcompare: the first differing items decide, and their comparison is returned as is.
    private static object SequenceOrder(IReadOnlyList<object> a, IReadOnlyList<object> b, CompareOp op)
    {
        int i = 0;
        while (i < a.Count && i < b.Count && ItemEqual(a[i], b[i])) i++;
        if (i >= a.Count || i >= b.Count) return PyBool.Box(Holds(op, a.Count.CompareTo(b.Count)));
        return RichOrder(a[i], b[i], op);
    }

    private static bool SetOrder(PySet a, PySet b, CompareOp op) => op switch
    {
        CompareOp.LessEqual => a.Count <= b.Count && a.Items.All(b.Contains),
        CompareOp.Less => a.Count < b.Count && a.Items.All(b.Contains),
        CompareOp.GreaterEqual => a.Count >= b.Count && b.Items.All(a.Contains),
        _ => a.Count > b.Count && b.Items.All(a.Contains),
    };

    private static object UserEquality(object a, object b, bool negate)
    {
        string method = negate ? "__ne__" : "__eq__";
        if (a is PyInstance left && left.TryInvokeSpecial(method, [b], out var r) && r is not PyNotImplemented) return r;
        if (b is PyInstance right && right.TryInvokeSpecial(method, [a], out r) && r is not PyNotImplemented) return r;
        if (negate && a is PyInstance l2 && l2.TryInvokeSpecial("__eq__", [b], out r) && r is not PyNotImplemented)
            return PyBool.Box(!IsTrue(r));
        // Keys and items views are set-like (dictviews_richcompare): equal to any set or view with the same elements.
        if (AsSetLike(a) is { } sa && AsSetLike(b) is { } sb) return PyBool.Box(negate != EqualBool(sa, sb));
        return PyBool.Box(negate != ReferenceEquals(a, b));
    }

    private static PySet? AsSetLike(object value) => value switch
    {
        PySet set => set,
        PyDictView { Kind: not PyDictViewKind.Values } view => new PySet(view.Items),
        _ => null,
    };

    private static bool InstanceTruth(PyInstance instance)
    {
        if (instance.TryInvokeSpecial("__bool__", [], out var result))
            return result is bool b ? b : throw PyErrors.TypeError($"__bool__ should return bool, returned {PyTypes.TypeName(result)}");
        if (instance.TryInvokeSpecial("__len__", [], out result)) return IsTrue(result);
        return true;
    }
}
