namespace DlrClosures.Runtime.Iterators;

/// <summary>Iteration over bytes or a bytearray: ints, reading the live bytearray.</summary>
internal sealed class BytesIterator(PyBytes bytes) : PyIterator
{
    private int _index;

    public override string TypeName => bytes.IsMutable ? "bytearray_iterator" : "bytes_iterator";

    public override bool MoveNext(out object value)
    {
        if (_index < bytes.Count)
        {
            value = PyInt.Box(bytes[_index++]);
            return true;
        }
        _index = int.MaxValue;
        value = PyNone.Instance;
        return false;
    }
}
