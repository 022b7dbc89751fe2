namespace DlrClosures.Runtime.Iterators;

/// <summary>listiterator: reads the live list, so appends during the loop are seen (Objects/listobject.c).</summary>
internal sealed class ListIterator(PyList list) : PyIterator
{
    private int _index;
    private PyList? _list = list;

    public override string TypeName => "list_iterator";

    public override bool MoveNext(out object value)
    {
        if (_list is { } l && _index < l.Items.Count)
        {
            value = l.Items[_index++];
            return true;
        }
        _list = null;
        value = PyNone.Instance;
        return false;
    }
}
