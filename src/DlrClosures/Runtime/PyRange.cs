using System.Numerics;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime;

/// <summary>
/// Python's range: an immutable arithmetic progression of ints (Objects/rangeobject.c). Like
/// CPython, which keeps a fast "compact" range when everything fits a C long, the bounds are kept as
/// longs when start, stop, step and the length all fit (<see cref="IsSmall"/>); otherwise only the
/// BigInteger forms are meaningful.
/// </summary>
internal sealed class PyRange
{
    public PyRange(long start, long stop, long step)
    {
        if (step == 0) throw new ArgumentOutOfRangeException(nameof(step));
        // get_len_of_range in rangeobject.c, in unsigned arithmetic to avoid overflow.
        ulong count = step > 0
            ? (start < stop ? ((ulong)stop - (ulong)start - 1) / (ulong)step + 1 : 0)
            : (start > stop ? ((ulong)start - (ulong)stop - 1) / (0 - (ulong)step) + 1 : 0);
        if (count > long.MaxValue)
        {
            _big = (start, stop, step, count);
            return;
        }
        IsSmall = true;
        Start = start;
        Stop = stop;
        Step = step;
        _count = (long)count;
    }

    public PyRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.IsZero) throw new ArgumentOutOfRangeException(nameof(step));
        var count = step.Sign > 0
            ? (start < stop ? (stop - start - 1) / step + 1 : BigInteger.Zero)
            : (start > stop ? (start - stop - 1) / -step + 1 : BigInteger.Zero);
        if (!(Fits(start) && Fits(stop) && Fits(step) && Fits(count)))
        {
            _big = (start, stop, step, count);
            return;
        }
        IsSmall = true;
        Start = (long)start;
        Stop = (long)stop;
        Step = (long)step;
        _count = (long)count;
    }

    private readonly (BigInteger Start, BigInteger Stop, BigInteger Step, BigInteger Count) _big;
    private readonly long _count;

    /// <summary>True when the long forms (<see cref="Start"/>, <see cref="Stop"/>, <see cref="Step"/>) hold the values.</summary>
    public bool IsSmall { get; }

    public long Start { get; }
    public long Stop { get; }
    public long Step { get; }

    public BigInteger BigStart => IsSmall ? Start : _big.Start;
    public BigInteger BigStop => IsSmall ? Stop : _big.Stop;
    public BigInteger BigStep => IsSmall ? Step : _big.Step;

    /// <summary>The length as an int of any size.</summary>
    public BigInteger BigCount => IsSmall ? _count : _big.Count;

    /// <summary>Number of elements, as <c>len()</c> reports; OverflowError past a C ssize_t, as range_length.</summary>
    public long Count => IsSmall ? _count : Fits(_big.Count) ? (long)_big.Count
        : throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");

    /// <summary>The i-th element, 0 &lt;= i &lt; Count (small ranges only).</summary>
    public long this[long index] => Start + index * Step;

    /// <summary>The i-th element as a Python int, 0 &lt;= i &lt; BigCount.</summary>
    public object ItemAt(BigInteger index) => PyInt.FromBigInteger(BigStart + index * BigStep);

    /// <summary>True when the range is non-empty (range_bool).</summary>
    public bool IsEmpty => BigCount.IsZero;

    private static bool Fits(BigInteger value) => value >= long.MinValue && value <= long.MaxValue;
}
