namespace DlrClosures.Runtime.Operations;

/// <summary>The Python type of a value: its name for messages (<c>'int'</c>, <c>'NoneType'</c>, <c>'function'</c>) and its type object.</summary>
public static class PyTypes
{
    public static string TypeName(object value) => throw new NotImplementedException();
    public static PyType TypeOf(object value) => throw new NotImplementedException();
}
