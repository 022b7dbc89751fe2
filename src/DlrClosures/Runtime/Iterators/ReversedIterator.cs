namespace DlrClosures.Runtime.Iterators;

/// <summary>reversed(sequence): walks indices downwards, reading the live sequence (list_reverseiterator, reversed).</summary>
internal sealed class ReversedIterator(Func<int> count, Func<int, object> item, int start, string typeName) : PyIterator
{
    private int _index = start;

    public override string TypeName => typeName;

    public override bool MoveNext(out object value)
    {
        if (_index >= 0 && _index < count())
        {
            value = item(_index--);
            return true;
        }
        _index = -1;
        value = PyNone.Instance;
        return false;
    }
}
