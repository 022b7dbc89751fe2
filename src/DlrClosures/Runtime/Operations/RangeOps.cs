using System.Numerics;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Iterators;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// The operations of range (Objects/rangeobject.c) that must work for bounds of any size: item,
/// slice, containment, equality, repr, iteration and the count/index methods. Small ranges keep a
/// long fast path; the rest goes through BigInteger, as CPython's longrangeiter and compute_* do.
/// </summary>
internal static class RangeOps
{
    public static PyIterator Iterator(PyRange range) => range.IsSmall
        ? new RangeIterator(range.Start, range.Step, range.Count)
        : new BigRangeIterator(range.BigStart, range.BigStep, range.BigCount);

    public static PyIterator Reversed(PyRange range)
    {
        if (range.IsSmall) return new RangeIterator(range.Count == 0 ? range.Start : range[range.Count - 1], -range.Step, range.Count);
        var last = range.BigStart + (range.BigCount - 1) * range.BigStep;
        return new BigRangeIterator(range.BigCount.IsZero ? range.BigStart : last, -range.BigStep, range.BigCount);
    }

    public static string Repr(PyRange r) => r.BigStep.IsOne
        ? $"range({r.BigStart}, {r.BigStop})"
        : $"range({r.BigStart}, {r.BigStop}, {r.BigStep})";

    /// <summary>range_equals: same sequence of values.</summary>
    public static bool Equal(PyRange r, PyRange o) =>
        r.BigCount == o.BigCount
        && (r.BigCount.IsZero || (r.BigStart == o.BigStart && (r.BigCount.IsOne || r.BigStep == o.BigStep)));

    /// <summary>range_contains_long for ints; other values are compared one by one (the caller iterates).</summary>
    public static bool ContainsInt(PyRange range, BigInteger v)
    {
        if (range.BigStep.Sign > 0 ? v < range.BigStart || v >= range.BigStop : v > range.BigStart || v <= range.BigStop) return false;
        return ((v - range.BigStart) % range.BigStep).IsZero;
    }

    /// <summary>range_subscript: an int index of any size, or a slice (which gives a range).</summary>
    public static object GetItem(PyRange range, object index)
    {
        if (index is PySlice slice) return Slice(range, slice);
        var i = PyIndexing.IndexValue(index, "range");
        if (i.Sign < 0) i += range.BigCount;
        if (i.Sign < 0 || i >= range.BigCount) throw PyErrors.IndexError(PyMessages.RangeIndexOutOfRange);
        return range.IsSmall ? PyInt.Box(range[(long)i]) : range.ItemAt(i);
    }

    // compute_slice in rangeobject.c, with _PySlice_GetLongIndices for the bounds.
    private static PyRange Slice(PyRange range, PySlice slice)
    {
        var length = range.BigCount;
        var step = slice.Step is PyNone ? BigInteger.One : SliceValue(slice.Step);
        if (step.IsZero) throw PyErrors.ValueError(PyMessages.SliceStepZero);
        bool back = step.Sign < 0;
        var lower = back ? BigInteger.MinusOne : BigInteger.Zero;
        var upper = back ? length - 1 : length;
        var start = slice.Start is PyNone ? (back ? upper : lower) : Clip(SliceValue(slice.Start), length, lower, upper);
        var stop = slice.Stop is PyNone ? (back ? lower : upper) : Clip(SliceValue(slice.Stop), length, lower, upper);
        return new PyRange(range.BigStart + start * range.BigStep, range.BigStart + stop * range.BigStep, range.BigStep * step);
    }

    private static BigInteger Clip(BigInteger value, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (value.Sign < 0)
        {
            value += length;
            return value < lower ? lower : value;
        }
        return value > upper ? upper : value;
    }

    private static BigInteger SliceValue(object value) =>
        PyInt.TryGetBig(value, out var big) ? big
        : value is PyInstance instance && instance.TryInvokeSpecial("__index__", [], out var r) && PyInt.TryGetBig(r, out big) ? big
        : throw PyErrors.TypeError(PyMessages.SliceIndicesMustBeIntegers);

    /// <summary>range.count(x).</summary>
    public static long Count(PyRange range, object item)
    {
        if (PyInt.TryGetBig(item, out var v)) return ContainsInt(range, v) ? 1 : 0;
        long n = 0;
        var iterator = Iterator(range);
        var steps = PyLimits.Steps;
        while (iterator.MoveNext(out var x))
        {
            PyLimits.Step(steps);
            if (PyComparison.ItemEqual(x, item)) n++;
        }
        return n;
    }

    /// <summary>range.index(x): ValueError "x is not in range" when absent.</summary>
    public static object Index(PyRange range, object item)
    {
        if (PyInt.TryGetBig(item, out var v))
        {
            if (ContainsInt(range, v)) return PyInt.FromBigInteger((v - range.BigStart) / range.BigStep);
            throw PyErrors.ValueError($"{PyRepr.Repr(item)} is not in range");
        }
        var iterator = Iterator(range);
        var steps = PyLimits.Steps;
        for (long i = 0; iterator.MoveNext(out var x); i++)
        {
            PyLimits.Step(steps);
            if (PyComparison.ItemEqual(x, item)) return PyInt.Box(i);
        }
        throw PyErrors.ValueError("sequence.index(x): x not in sequence");
    }
}
