namespace DlrClosures.Runtime.Iterators;

/// <summary>Iterates a fixed array: tuple_iterator, or a snapshot under another type name.</summary>
internal sealed class ArrayIterator(object[] items, string typeName = "tuple_iterator") : PyIterator
{
    private int _index;

    public override string TypeName => typeName;

    public override bool MoveNext(out object value)
    {
        if (_index < items.Length)
        {
            value = items[_index++];
            return true;
        }
        value = PyNone.Instance;
        return false;
    }
}
