using System.Numerics;

namespace DlrClosures.Runtime.Iterators;

/// <summary>longrangeiter (Objects/rangeobject.c): a range whose bounds or length do not fit a long.</summary>
internal sealed class BigRangeIterator(BigInteger start, BigInteger step, BigInteger count) : PyIterator
{
    private BigInteger _next = start;
    private BigInteger _remaining = count;

    public override string TypeName => "longrange_iterator";

    public override bool MoveNext(out object value)
    {
        if (_remaining.Sign > 0)
        {
            value = PyInt.FromBigInteger(_next);
            _next += step;
            _remaining -= 1;
            return true;
        }
        value = PyNone.Instance;
        return false;
    }
}
