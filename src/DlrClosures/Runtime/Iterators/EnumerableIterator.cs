namespace DlrClosures.Runtime.Iterators;

/// <summary>Adapts a .NET sequence (a dict view's items, a snapshot) under a Python type name.</summary>
internal sealed class EnumerableIterator(IEnumerable<object> items, string typeName) : PyIterator
{
    private IEnumerator<object>? _items = items.GetEnumerator();

    public override string TypeName => typeName;

    public override bool MoveNext(out object value)
    {
        if (_items is { } e && e.MoveNext())
        {
            value = e.Current;
            return true;
        }
        _items = null;
        value = PyNone.Instance;
        return false;
    }
}
