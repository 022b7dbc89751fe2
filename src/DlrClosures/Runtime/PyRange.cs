namespace DlrClosures.Runtime;

/// <summary>Python's range: an immutable arithmetic progression of longs (Objects/rangeobject.c).</summary>
public sealed class PyRange
{
    public PyRange(long start, long stop, long step)
    {
        if (step == 0) throw new ArgumentOutOfRangeException(nameof(step));
        Start = start;
        Stop = stop;
        Step = step;
        Count = ComputeLength(start, stop, step);
    }

    public long Start { get; }
    public long Stop { get; }
    public long Step { get; }

    /// <summary>Number of elements, as <c>len()</c> reports.</summary>
    public long Count { get; }

    /// <summary>The i-th element, 0 &lt;= i &lt; Count.</summary>
    public long this[long index] => Start + index * Step;

    // Mirrors get_len_of_range in rangeobject.c, using unsigned arithmetic to avoid overflow.
    private static long ComputeLength(long start, long stop, long step)
    {
        if (step > 0)
            return start < stop ? (long)(((ulong)stop - (ulong)start - 1) / (ulong)step + 1) : 0;
        return start > stop ? (long)(((ulong)start - (ulong)stop - 1) / (0 - (ulong)step) + 1) : 0;
    }
}
