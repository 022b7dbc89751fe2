namespace DlrClosures.Runtime;

/// <summary>Python's set (and frozenset's storage).</summary>
public sealed class PySet
{
    public int Count => throw new NotImplementedException();
    public void Add(object item) => throw new NotImplementedException();
}
