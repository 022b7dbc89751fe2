using System.Text;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime.Operations;

/// <summary>The operators of non-numeric built-ins: sequence concatenation and repetition, str %, and the set and dict operators.</summary>
internal static class SequenceOps
{
    public static bool TryBinary(BinaryOp op, object a, object b, out object result)
    {
        if (a is PyBytes) return BytesOps.TryBinary(op, a, b, out result);
        result = PyNone.Instance;
        // A class on the right may still answer through its reflected method.
        bool rightIsUser = b is PyInstance;
        switch (op)
        {
            case BinaryOp.Add:
                switch (a)
                {
                    case string s when b is string t: result = string.Concat(s, t); return true;
                    case PyList l when b is PyList m:
                        var items = new List<object>(l.Count + m.Count);
                        items.AddRange(l.Items);
                        items.AddRange(m.Items);
                        result = new PyList(items);
                        return true;
                    case PyTuple t when b is PyTuple u:
                        result = new PyTuple([.. t.Items, .. u.Items]);
                        return true;
                    case string or PyList or PyTuple when !rightIsUser:
                        string self = PyTypes.TypeName(a);
                        throw PyErrors.TypeError(PyMessages.CanOnlyConcatenate(self, PyTypes.TypeName(b)));
                }
                return false;
            case BinaryOp.Multiply:
                if (IsSequence(a) && PyInt.IsInt(b)) { result = Repeat(a, RepeatCount(b)); return true; }
                if (IsSequence(b) && PyInt.IsInt(a)) { result = Repeat(b, RepeatCount(a)); return true; }
                if (IsSequence(a) && !rightIsUser) throw PyErrors.TypeError(PyMessages.CantMultiplySequence(PyTypes.TypeName(b)));
                if (IsSequence(b) && a is not PyInstance && a is not double)
                    throw PyErrors.TypeError(PyMessages.CantMultiplySequence(PyTypes.TypeName(a)));
                if (IsSequence(b) && a is double) throw PyErrors.TypeError(PyMessages.CantMultiplySequence("float"));
                return false;
            case BinaryOp.Remainder when a is string format:
                result = PercentFormatting.Format(format, b);
                return true;
            case BinaryOp.Or when a is PyDict d && b is PyDict e:
                // dict_or: a copy, then dict_update_arg.
                var merged = d.Copy();
                merged.Merge(e);
                result = merged;
                return true;
            case BinaryOp.Or or BinaryOp.And or BinaryOp.Subtract or BinaryOp.Xor when a is PySet x && b is PySet y:
                result = x.IsFrozen ? SetOperation(op, x, y).Freeze() : SetOperation(op, x, y);
                return true;
            // dictviews_and/or/sub/xor: a keys or items view is set-like, with any iterable on the other side.
            case BinaryOp.Or or BinaryOp.And or BinaryOp.Subtract or BinaryOp.Xor
                when DictViewSets.IsSetLikeView(a) || DictViewSets.IsSetLikeView(b):
                result = SetOperation(op, DictViewSets.ToSet(a), DictViewSets.ToSet(b));
                return true;
        }
        return false;
    }

    public static PySet SetOperation(BinaryOp op, PySet x, PySet y)
    {
        switch (op)
        {
            case BinaryOp.Or:
                var union = x.Copy();
                union.Merge(y);
                return union;
            case BinaryOp.And:
                // set_intersection iterates the other set unless it is the larger one.
                var (small, large) = y.Count > x.Count ? (x, y) : (y, x);
                return new PySet(small.Items.Where(large.Contains).ToList());
            case BinaryOp.Subtract:
                // set_difference: much larger than the other, the set is copied and the other's
                // elements discarded from the copy (set_copy_and_difference).
                if ((x.Count >> 2) > y.Count)
                {
                    var copy = x.Copy();
                    copy.DifferenceUpdate(y);
                    return copy;
                }
                return new PySet(x.Items.Where(i => !y.Contains(i)).ToList());
            default:
                var result = new PySet(x.Items.Where(i => !y.Contains(i)).ToList());
                foreach (var item in y.Items)
                    if (!x.Contains(item)) result.Add(item);
                return result;
        }
    }

    private static bool IsSequence(object value) => value is string or PyList or PyTuple;

    /// <summary>The repeat count of <c>seq * n</c>: an int that fits an index.</summary>
    public static long RepeatCount(object n)
    {
        if (PyInt.TryGetLong(n, out long count)) return count;
        throw PyErrors.OverflowError("cannot fit 'int' into an index-sized integer");
    }

    private static object Repeat(object sequence, long count)
    {
        if (count < 0) count = 0;
        // The memory limit is checked before the result is allocated (2 bytes a char, 8 an item).
        long length = sequence switch { string s => s.Length, PyList l => l.Count, _ => ((PyTuple)sequence).Count };
        if (count > 1 && length > 0)
            PyLimits.ReserveMemory(count > long.MaxValue / 8 / length ? long.MaxValue : length * count * (sequence is string ? 2 : 8));
        switch (sequence)
        {
            case string s:
                if (count == 1) return s;
                if (s.Length * count > int.MaxValue) throw new PyException(Exceptions.PyExceptionType.MemoryError, "");
                var text = new StringBuilder(s.Length * (int)count);
                for (long i = 0; i < count; i++) text.Append(s);
                return text.ToString();
            case PyList list:
                var items = new List<object>((int)Math.Min(list.Count * count, int.MaxValue));
                for (long i = 0; i < count; i++) items.AddRange(list.Items);
                return new PyList(items);
            default:
                var tuple = (PyTuple)sequence;
                if (count == 1) return tuple;
                var all = new object[tuple.Count * count];
                for (long i = 0; i < count; i++) tuple.Items.CopyTo(all, i * tuple.Count);
                return all.Length == 0 ? PyTuple.Empty : new PyTuple(all);
        }
    }
}
