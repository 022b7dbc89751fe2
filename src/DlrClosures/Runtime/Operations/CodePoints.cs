namespace DlrClosures.Runtime.Operations;

/// <summary>Code points as .NET strings: one UTF-16 unit, a surrogate pair, or (for U+D800..U+DFFF) a lone surrogate.</summary>
internal static class CodePoints
{
    /// <summary>The one-character Python string for <paramref name="code"/>, 0 &lt;= code &lt;= 0x10FFFF.</summary>
    /// <remarks>
    /// CPython strings may hold lone surrogates (<c>chr(0xD800)</c>); they are not valid UTF-32 so
    /// <see cref="char.ConvertFromUtf32"/> rejects them, but a .NET string holds them as one unit.
    /// </remarks>
    public static string FromCodePoint(int code) =>
        code is >= 0xd800 and <= 0xdfff ? ((char)code).ToString() : char.ConvertFromUtf32(code);
}
