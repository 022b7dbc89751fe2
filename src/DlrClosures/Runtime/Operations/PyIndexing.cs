using System.Numerics;
using System.Text;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Iterators;

namespace DlrClosures.Runtime.Operations;

/// <summary>Subscription: <c>x[i]</c>, <c>x[i] = v</c>, <c>del x[i]</c> and slicing for list, tuple, str, dict and range.</summary>
internal static class PyIndexing
{
    public static object GetItem(object container, object index)
    {
        switch (container)
        {
            case PyList list:
                if (index is long li) return list.Items[Normalize(li, list.Count, "list")];
                if (index is PySlice ls) return new PyList(Slice(list.Items, ls));
                return list.Items[Normalize(IndexOf(index, "list"), list.Count, "list")];
            case PyTuple tuple:
                if (index is PySlice ts)
                {
                    var range = SliceIndices.Resolve(ts, tuple.Count);
                    if (range.Step == 1 && range.Count == tuple.Count) return tuple;
                    var items = Slice(tuple.Items, ts);
                    return items.Count == 0 ? PyTuple.Empty : new PyTuple(items.ToArray());
                }
                return tuple.Items[Normalize(IndexOf(index, "tuple"), tuple.Count, "tuple")];
            case string s:
                if (index is PySlice ss) return SliceString(s, ss);
                if (!PyInt.IsInt(index))
                    throw PyErrors.TypeError($"string indices must be integers, not '{PyTypes.TypeName(index)}'");
                int i = NormalizeOr(IndexOf(index, "string"), s.Length, PyMessages.StringIndexOutOfRange);
                return StrIterator.CharAt(s, i);
            case PyDict dict: return dict[index];
            case PyBytes bytes: return BytesOps.GetItem(bytes, index);
            case PyRange range: return RangeOps.GetItem(range, index);
            case PyInstance instance when instance.TryInvokeSpecial("__getitem__", [index], out var result): return result;
            // list[int], dict[str, int]: the built-in classes' __class_getitem__.
            case PyType type when PyGenericAlias.IsSubscriptable(type): return new PyGenericAlias(type, index);
            case var _ when Interop.ClrCollections.TryGetItem(container, index, out var item): return item;
            // A class without __class_getitem__ (type_subscript in Objects/abstract.c).
            case PyType type: throw PyErrors.TypeError($"type '{type.QualName}' is not subscriptable");
            case PyExceptionType type: throw PyErrors.TypeError($"type '{type.Name}' is not subscriptable");
        }
        throw PyErrors.TypeError(PyMessages.NotSubscriptable(PyTypes.TypeName(container)));
    }

    public static void SetItem(object container, object index, object value)
    {
        switch (container)
        {
            case PyBytes bytes:
                BytesOps.SetItem(bytes, index, value);
                return;
            case PyList list:
                if (index is PySlice slice)
                {
                    AssignSlice(list, slice, value);
                    return;
                }
                list.Items[NormalizeOr(IndexOf(index, "list"), list.Count, PyMessages.ListAssignmentOutOfRange)] = value;
                return;
            case PyDict dict:
                dict[index] = value;
                return;
            case PyInstance instance when instance.TryInvokeSpecial("__setitem__", [index, value], out _):
                return;
            case var _ when Interop.ClrCollections.TrySetItem(container, index, value):
                return;
        }
        throw PyErrors.TypeError(PyMessages.NoItemAssignment(PyTypes.TypeName(container)));
    }

    public static void DelItem(object container, object index)
    {
        switch (container)
        {
            case PyBytes bytes:
                BytesOps.DelItem(bytes, index);
                return;
            case PyList list:
                if (index is PySlice slice)
                {
                    var s = SliceIndices.Resolve(slice, list.Count);
                    if (s.Step == 1) list.Items.RemoveRange(s.Start, s.Count);
                    else if (s.Count > 0)
                    {
                        var doomed = new HashSet<int>(Enumerable.Range(0, s.Count).Select(k => s[k]));
                        var kept = list.Items.Where((_, k) => !doomed.Contains(k)).ToList();
                        list.Items.Clear();
                        list.Items.AddRange(kept);
                    }
                    return;
                }
                list.Items.RemoveAt(NormalizeOr(IndexOf(index, "list"), list.Count, PyMessages.ListAssignmentOutOfRange));
                return;
            case PyDict dict:
                if (!dict.Remove(index)) throw PyErrors.KeyError(PyRepr.Repr(index), index);
                return;
            case PyInstance instance when instance.TryInvokeSpecial("__delitem__", [index], out _):
                return;
            case var _ when Interop.ClrCollections.TryDelItem(container, index):
                return;
        }
        throw PyErrors.TypeError(PyMessages.NoItemDeletion(PyTypes.TypeName(container)));
    }

    /// <summary>The elements a slice selects, in order.</summary>
    internal static List<object> Slice(IReadOnlyList<object> items, PySlice slice)
    {
        var s = SliceIndices.Resolve(slice, items.Count);
        var result = new List<object>(s.Count);
        for (int k = 0; k < s.Count; k++) result.Add(items[s[k]]);
        return result;
    }

    private static string SliceString(string text, PySlice slice)
    {
        var s = SliceIndices.Resolve(slice, text.Length);
        if (s.Step == 1) return text.Substring(s.Start, s.Count);
        var result = new StringBuilder(s.Count);
        for (int k = 0; k < s.Count; k++) result.Append(text[s[k]]);
        return result.ToString();
    }

    private static void AssignSlice(PyList list, PySlice slice, object value)
    {
        var source = PyIteration.TryGetIterator(value) is null
            ? throw PyErrors.TypeError(PyMessages.CanOnlyAssignIterable)
            : PyIteration.ToList(value);
        var s = SliceIndices.Resolve(slice, list.Count);
        if (s.Step == 1)
        {
            int stop = Math.Max(s.Start, s.Stop);
            list.Items.RemoveRange(s.Start, stop - s.Start);
            list.Items.InsertRange(s.Start, source);
            return;
        }
        if (source.Count != s.Count) throw PyErrors.ValueError(PyMessages.ExtendedSliceSize(source.Count, s.Count));
        for (int k = 0; k < s.Count; k++) list.Items[s[k]] = source[k];
    }

    /// <summary>An index of any size: an int, or an object with <c>__index__</c> (PyNumber_Index).</summary>
    internal static BigInteger IndexValue(object index, string typeName)
    {
        if (PyInt.TryGetBig(index, out var big)) return big;
        if (index is PyInstance instance && instance.TryInvokeSpecial("__index__", [], out var r) && PyInt.TryGetBig(r, out big))
            return big;
        throw PyErrors.TypeError(PyMessages.IndicesMustBeIntegers(typeName, PyTypes.TypeName(index)));
    }

    /// <summary>An int index as a long; TypeError "list indices must be integers or slices, not str" otherwise.</summary>
    private static long IndexOf(object index, string typeName)
    {
        if (PyInt.TryGetLong(index, out long i)) return i;
        var big = IndexValue(index, typeName);
        // PyNumber_AsSsize_t with IndexError, as sequence subscription uses it.
        return big >= long.MinValue && big <= long.MaxValue ? (long)big
            : throw PyErrors.IndexError(PyMessages.CannotFitIndex(PyTypes.TypeName(index)));
    }

    private static int Normalize(long index, int count, string typeName) =>
        NormalizeOr(index, count, PyMessages.IndexOutOfRange(typeName));

    private static int NormalizeOr(long index, int count, string message)
    {
        if (index < 0) index += count;
        if ((ulong)index >= (ulong)count) throw PyErrors.IndexError(message);
        return (int)index;
    }
}
