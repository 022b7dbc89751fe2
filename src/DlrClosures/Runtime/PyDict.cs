namespace DlrClosures.Runtime;

/// <summary>Python's dict: keys compared with Python equality, iterated in insertion order.</summary>
public sealed class PyDict
{
    public int Count => throw new NotImplementedException();
    public object this[object key] { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
    public bool TryGetValue(object key, out object value) => throw new NotImplementedException();
    public bool Remove(object key) => throw new NotImplementedException();
}
