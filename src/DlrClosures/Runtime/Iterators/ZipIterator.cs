namespace DlrClosures.Runtime.Iterators;

/// <summary>zip(*iterables): tuples until the shortest input is exhausted.</summary>
internal sealed class ZipIterator(PyIterator[] sources) : PyIterator
{
    private bool _done = sources.Length == 0;

    public override string TypeName => "zip";

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        if (_done) return false;
        var items = new object[sources.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            if (!sources[i].MoveNext(out items[i]))
            {
                _done = true;
                return false;
            }
        }
        value = new PyTuple(items);
        return true;
    }
}
