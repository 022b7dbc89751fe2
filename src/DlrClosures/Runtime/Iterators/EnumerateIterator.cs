namespace DlrClosures.Runtime.Iterators;

/// <summary>enumerate(iterable, start): (index, item) tuples.</summary>
internal sealed class EnumerateIterator(PyIterator source, object start) : PyIterator
{
    private object _index = start;

    public override string TypeName => "enumerate";

    public override bool MoveNext(out object value)
    {
        if (!source.MoveNext(out var item))
        {
            value = PyNone.Instance;
            return false;
        }
        value = new PyTuple([_index, item]);
        _index = Operations.PyArithmetic.Add(_index, PyInt.Box(1));
        return true;
    }
}
