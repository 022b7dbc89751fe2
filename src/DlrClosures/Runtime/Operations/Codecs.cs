using System.Text;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// str.encode and bytes.decode for the codecs scripts use: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32
/// (with CPython's aliases), and the error handlers 'strict', 'ignore' and 'replace'. A strict
/// failure is CPython's UnicodeEncodeError / UnicodeDecodeError text.
/// </summary>
internal static class Codecs
{
    /// <summary>The codec's canonical name (as CPython's messages spell it), or null when unknown.</summary>
    public static string? Normalize(string encoding) => encoding.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" or "u8" or "utf" => "utf-8",
        "ascii" or "us-ascii" or "646" => "ascii",
        "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" or "8859" or "cp819" or "latin" => "latin-1",
        "utf-16" or "utf16" => "utf-16",
        "utf-16-le" or "utf-16le" => "utf-16-le",
        "utf-16-be" or "utf-16be" => "utf-16-be",
        "utf-32" or "utf32" => "utf-32",
        _ => null,
    };

    public static byte[] Encode(string text, string encoding, string errors)
    {
        var codec = Normalize(encoding) ?? throw new PyException(PyExceptionType.LookupError, $"unknown encoding: {encoding}");
        switch (codec)
        {
            case "ascii" or "latin-1":
                int limit = codec == "ascii" ? 128 : 256;
                var output = new List<byte>(text.Length);
                for (int i = 0; i < text.Length; i++)
                {
                    char c = text[i];
                    if (c < limit) output.Add((byte)c);
                    else if (errors == "ignore") { }
                    else if (errors == "replace") output.Add((byte)'?');
                    else throw new PyException(PyExceptionType.UnicodeEncodeError,
                        $"'{codec}' codec can't encode character '{(c < 0x100 ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}")}' in position {i}: ordinal not in range({limit})");
                }
                return [.. output];
            case "utf-16": return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
            case "utf-16-le": return Encoding.Unicode.GetBytes(text);
            case "utf-16-be": return Encoding.BigEndianUnicode.GetBytes(text);
            case "utf-32": return [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(text)];
            default: return Encoding.UTF8.GetBytes(text);
        }
    }

    public static string Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        var codec = Normalize(encoding) ?? throw new PyException(PyExceptionType.LookupError, $"unknown encoding: {encoding}");
        switch (codec)
        {
            case "latin-1": return BytesOps.Latin1(data);
            case "ascii":
                var text = new StringBuilder(data.Length);
                for (int i = 0; i < data.Length; i++)
                {
                    if (data[i] < 128) text.Append((char)data[i]);
                    else if (errors == "replace") text.Append('\uFFFD');
                    else if (errors != "ignore") throw DecodeError("ascii", data[i], i, "ordinal not in range(128)");
                }
                return text.ToString();
            case "utf-16": return data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE ? Encoding.Unicode.GetString(data[2..]) : Encoding.Unicode.GetString(data);
            case "utf-16-le": return Encoding.Unicode.GetString(data);
            case "utf-16-be": return Encoding.BigEndianUnicode.GetString(data);
            case "utf-32": return Encoding.UTF32.GetString(data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE ? data[4..] : data);
            default: return DecodeUtf8(data, errors);
        }
    }

    // UTF-8 by hand, to name the first bad byte and the reason as CPython's decoder does.
    private static string DecodeUtf8(ReadOnlySpan<byte> data, string errors)
    {
        var text = new StringBuilder(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            int need = b < 0x80 ? 0 : b is >= 0xC2 and <= 0xDF ? 1 : b is >= 0xE0 and <= 0xEF ? 2 : b is >= 0xF0 and <= 0xF4 ? 3 : -1;
            string? reason = need < 0 ? "invalid start byte" : null;
            int length = Math.Max(1, need + 1);
            if (reason is null)
            {
                for (int j = 1; j <= need; j++)
                {
                    if (i + j >= data.Length) { reason = "unexpected end of data"; length = j; break; }
                    byte c = data[i + j];
                    bool ok = (c & 0xC0) == 0x80
                        && !(j == 1 && ((b == 0xE0 && c < 0xA0) || (b == 0xED && c > 0x9F) || (b == 0xF0 && c < 0x90) || (b == 0xF4 && c > 0x8F)));
                    if (!ok) { reason = "invalid continuation byte"; length = j; break; }
                }
            }
            if (reason is null)
            {
                text.Append(Encoding.UTF8.GetString(data.Slice(i, length)));
                i += length;
                continue;
            }
            if (errors == "strict" || (errors != "ignore" && errors != "replace"))
            {
                if (reason == "unexpected end of data" || length == 1)
                    throw DecodeError("utf-8", b, i, reason);
                throw new PyException(PyExceptionType.UnicodeDecodeError,
                    $"'utf-8' codec can't decode bytes in position {i}-{i + length - 1}: {reason}");
            }
            if (errors == "replace") text.Append('\uFFFD');
            i += Math.Max(1, reason == "unexpected end of data" ? data.Length - i : length == 1 ? 1 : length);
        }
        return text.ToString();
    }

    private static PyException DecodeError(string codec, byte b, int position, string reason) =>
        new(PyExceptionType.UnicodeDecodeError, $"'{codec}' codec can't decode byte 0x{b:x2} in position {position}: {reason}");
}
