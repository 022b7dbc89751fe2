using System.Text;
using System.Text.RegularExpressions;

namespace DlrClosures.Cli;

/// <summary>
/// Turns the bytes of a program into its text as CPython's tokenizer does (PEP 263;
/// <c>Parser/tokenizer.c</c> <c>check_bom</c>, <c>check_coding_spec</c>, <c>get_normal_name</c>):
/// <list type="number">
/// <item>A UTF-8 byte order mark is skipped and makes the source UTF-8.</item>
/// <item>A comment matching <c>coding[:=]NAME</c> on line 1, or on line 2 when line 1 is a comment
/// or blank, names the encoding; a BOM with any declaration but UTF-8 is an error.</item>
/// <item>Without either, the source is UTF-8, and bytes that are not UTF-8 are an error.</item>
/// </list>
/// Errors are CPython's <c>SyntaxError</c> messages, word for word.
/// </summary>
internal static partial class SourceReader
{
    // Strict: bytes that are not UTF-8 throw (DecoderExceptionFallback) instead of becoming U+FFFD.
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>, or the SyntaxError message that stops it.</summary>
    public static (string? Text, string? Error) Decode(byte[] bytes, string path)
    {
        bool bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        int start = bom ? 3 : 0;
        string? declared = Declaration(bytes, start);
        Encoding encoding = s_utf8;
        if (declared is not null)
        {
            string name = NormalName(declared);
            if (bom && name != "utf-8") return (null, $"encoding problem: {name} with BOM");
            if (name != "utf-8")
            {
                try
                {
                    encoding = Strict(CodePages.GetEncoding(name));
                }
                catch (ArgumentException)
                {
                    return (null, $"encoding problem: {name}");
                }
            }
        }
        try
        {
            return (encoding.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException bad) when (declared is null)
        {
            int index = start + Math.Max(bad.Index, 0);
            int line = 1 + bytes.AsSpan(0, index).Count((byte)'\n');
            return (null, $"Non-UTF-8 code starting with '\\x{bytes[index]:x2}' in file {path} on line {line}, " +
                          "but no encoding declared; see https://peps.python.org/pep-0263/ for details");
        }
        catch (DecoderFallbackException)
        {
            // CPython: "(unicode error) 'CODEC' codec can't decode byte ..."; the common cases are
            // covered above, this one keeps the words short.
            return (null, $"(unicode error) '{declared}' codec can't decode the source");
        }
    }

    private static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    // The declaration counts on line 1, or on line 2 when line 1 is only a comment or blank.
    private static string? Declaration(byte[] bytes, int start)
    {
        if (!MentionsCoding(bytes, start)) return null;
        var first = Line(bytes, ref start);
        if (CodingSpec().Match(first) is { Success: true } one) return one.Groups[1].Value;
        if (!BlankOrComment().IsMatch(first)) return null;
        var second = Line(bytes, ref start);
        return CodingSpec().Match(second) is { Success: true } two ? two.Groups[1].Value : null;
    }

    // Nearly every file declares nothing: without the word "coding" on its first two lines neither
    // regex is run, which keeps the regex engine off the start-up path.
    private static bool MentionsCoding(byte[] bytes, int start)
    {
        int end = start;
        for (int line = 0; line < 2 && end < bytes.Length; line++)
        {
            int newline = Array.IndexOf(bytes, (byte)'\n', end);
            end = newline < 0 ? bytes.Length : newline + 1;
        }
        return bytes.AsSpan(start, end - start).IndexOf("coding"u8) >= 0;
    }

    // A line as Latin-1, byte for byte: the declaration itself is ASCII whatever the encoding.
    private static string Line(byte[] bytes, ref int start)
    {
        if (start >= bytes.Length) return "";
        int end = Array.IndexOf(bytes, (byte)'\n', start);
        if (end < 0) end = bytes.Length;
        string line = Encoding.Latin1.GetString(bytes, start, end - start);
        start = end + 1;
        return line;
    }

    // Parser/tokenizer.c get_normal_name: the spellings of UTF-8 and Latin-1 CPython normalises.
    private static string NormalName(string name)
    {
        string lower = name.ToLowerInvariant().Replace('_', '-');
        if (lower == "utf-8" || lower.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        foreach (var latin in new[] { "latin-1", "iso-8859-1", "iso-latin-1" })
            if (lower == latin || lower.StartsWith(latin + "-", StringComparison.Ordinal)) return "iso-8859-1";
        return name;
    }

    // The code pages (cp1252, shift_jis, ...) beyond the UTF and Latin-1 encodings .NET always has,
    // registered at the first declaration that names one rather than at every start.
    private static class CodePages
    {
        static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public static Encoding GetEncoding(string name) => Encoding.GetEncoding(name);
    }

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")]
    private static partial Regex CodingSpec();

    [GeneratedRegex(@"^[ \t\f]*(#.*)?\r?$")]
    private static partial Regex BlankOrComment();
}
