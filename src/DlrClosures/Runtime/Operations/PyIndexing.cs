namespace DlrClosures.Runtime.Operations;

/// <summary>Subscription: <c>x[i]</c>, <c>x[i] = v</c>, <c>del x[i]</c> and slicing for list, tuple, str, dict and range.</summary>
public static class PyIndexing
{
    public static object GetItem(object container, object index) => throw new NotImplementedException();
    public static void SetItem(object container, object index, object value) => throw new NotImplementedException();
    public static void DelItem(object container, object index) => throw new NotImplementedException();
}
