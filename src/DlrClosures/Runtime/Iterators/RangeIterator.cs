namespace DlrClosures.Runtime.Iterators;

/// <summary>range_iterator: counts without allocating beyond the (usually cached) boxed int.</summary>
internal sealed class RangeIterator(long start, long step, long count) : PyIterator
{
    private long _next = start;
    private long _remaining = count;

    public override string TypeName => "range_iterator";

    // `for _ in range(n)` never boxes its counter.
    public override bool Skip()
    {
        if (_remaining <= 0) return false;
        _next = unchecked(_next + step);
        _remaining--;
        return true;
    }

    public override bool MoveNext(out object value)
    {
        if (_remaining > 0)
        {
            value = PyInt.Box(_next);
            _next = unchecked(_next + step);
            _remaining--;
            return true;
        }
        value = PyNone.Instance;
        return false;
    }
}
