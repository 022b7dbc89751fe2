namespace DlrClosures.Runtime.Operations;

/// <summary><c>repr()</c> and <c>str()</c> of every value, byte for byte as CPython 3.11 prints them.</summary>
public static class PyRepr
{
    public static string Repr(object value) => throw new NotImplementedException();
    public static string Str(object value) => throw new NotImplementedException();
    public static string Ascii(object value) => throw new NotImplementedException();
}
