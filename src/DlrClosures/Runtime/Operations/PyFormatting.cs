namespace DlrClosures.Runtime.Operations;

/// <summary><c>format(value, spec)</c>, as f-string fields use it: the format-spec mini-language for int, float and str.</summary>
public static class PyFormatting
{
    public static string Format(object value, string spec) => throw new NotImplementedException();
}
