namespace DlrClosures.Runtime.Operations;

/// <summary>The iteration protocol: iterators over every iterable value, and sequence unpacking with CPython's messages.</summary>
public static class PyIteration
{
    public static PyIterator GetIterator(object iterable) => throw new NotImplementedException();
    public static object[] Unpack(object iterable, int count) => throw new NotImplementedException();
    public static object[] UnpackStarred(object iterable, int before, int after) => throw new NotImplementedException();
    public static List<object> ToList(object iterable) => throw new NotImplementedException();
}
