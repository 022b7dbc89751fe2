using System.Numerics;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>A slice resolved against a sequence length (PySlice_Unpack and PySlice_AdjustIndices in Objects/sliceobject.c).</summary>
internal readonly record struct SliceIndices(int Start, int Stop, int Step, int Count)
{
    public static SliceIndices Resolve(PySlice slice, int length)
    {
        long step = slice.Step is PyNone ? 1 : Clamp(slice.Step);
        if (step == 0) throw PyErrors.ValueError(PyMessages.SliceStepZero);
        long start = slice.Start is PyNone ? (step < 0 ? long.MaxValue : 0) : Clamp(slice.Start);
        long stop = slice.Stop is PyNone ? (step < 0 ? long.MinValue : long.MaxValue) : Clamp(slice.Stop);
        start = Adjust(start, length, step);
        stop = Adjust(stop, length, step);
        long count = step < 0
            ? (stop < start ? (start - stop - 1) / -step + 1 : 0)
            : (start < stop ? (stop - start - 1) / step + 1 : 0);
        return new SliceIndices((int)start, (int)stop, (int)Math.Max(step, int.MinValue + 1), (int)count);
    }

    public int this[int i] => Start + i * Step;

    private static long Adjust(long index, int length, long step)
    {
        if (index < 0)
        {
            index += length;
            if (index < 0) index = step < 0 ? -1 : 0;
        }
        else if (index >= length)
        {
            index = step < 0 ? length - 1 : length;
        }
        return index;
    }

    /// <summary>_PyEval_SliceIndex: ints only, huge values clamped.</summary>
    private static long Clamp(object value)
    {
        if (PyInt.TryGetLong(value, out long l)) return Math.Clamp(l, long.MinValue / 2, long.MaxValue / 2);
        if (value is BigInteger big) return big.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        // An object with __index__ (PyNumber_AsSsize_t in _PyEval_SliceIndex).
        if (value is Classes.PyInstance instance && instance.TryInvokeSpecial("__index__", [], out var index))
        {
            if (PyInt.IsInt(index)) return Clamp(index);
            throw PyErrors.TypeError($"__index__ returned non-int (type {PyTypes.TypeName(index)})");
        }
        throw PyErrors.TypeError(PyMessages.SliceIndicesMustBeIntegers);
    }
}
