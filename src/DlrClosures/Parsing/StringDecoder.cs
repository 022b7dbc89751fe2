using System.Globalization;
using System.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// Turns the raw text between a string literal's quotes into its value (language reference §2.4.1,
/// CPython's <c>_PyUnicode_DecodeUnicodeEscapeInternal</c>). Returns null when an escape is malformed;
/// the caller reports the error at the literal.
/// </summary>
internal static class StringDecoder
{
    public static string? Decode(string raw, bool isRaw)
    {
        // The tokenizer reads files in universal-newline mode: a CRLF inside a literal is one '\n'.
        raw = raw.Replace("\r\n", "\n").Replace('\r', '\n');
        if (isRaw || raw.IndexOf('\\') < 0) return raw;
        var text = new StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                text.Append(c);
                continue;
            }
            char e = raw[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': text.Append('\\'); break;
                case '\'': text.Append('\''); break;
                case '"': text.Append('"'); break;
                case 'a': text.Append('\a'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'v': text.Append('\v'); break;
                case >= '0' and <= '7':
                    int value = 0, digits = 0;
                    for (; digits < 3 && i < raw.Length && raw[i] is >= '0' and <= '7'; digits++, i++) value = value * 8 + (raw[i] - '0');
                    i--;
                    text.Append((char)value);
                    break;
                case 'x' or 'u' or 'U':
                    int length = e switch { 'x' => 2, 'u' => 4, _ => 8 };
                    string hex = raw.Substring(i + 1, Math.Min(length, raw.Length - i - 1));
                    if (hex.Length != length || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code)
                        || code > 0x10FFFF) return null;
                    if (code is >= 0xD800 and <= 0xDFFF) text.Append((char)code);
                    else text.Append(char.ConvertFromUtf32(code));
                    i += length;
                    break;
                default:
                    // Unknown escapes keep their backslash (CPython warns, then does the same).
                    text.Append('\\').Append(e);
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// A bytes literal's value, or null with CPython's message in <paramref name="error"/>: only ASCII
    /// characters may appear, and the escapes are those of str minus <c>\u</c>, <c>\U</c> and
    /// <c>\N</c>, which stay as written.
    /// </summary>
    public static System.Collections.Immutable.ImmutableArray<byte>? DecodeBytes(string raw, bool isRaw, out string? error)
    {
        raw = raw.Replace("\r\n", "\n").Replace('\r', '\n');
        error = null;
        foreach (char c in raw)
        {
            if (c > 0x7F)
            {
                error = SyntaxMessages.BytesNonAscii;
                return null;
            }
        }
        var bytes = System.Collections.Immutable.ImmutableArray.CreateBuilder<byte>(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (isRaw || c != '\\' || i + 1 >= raw.Length)
            {
                bytes.Add((byte)c);
                continue;
            }
            char e = raw[++i];
            switch (e)
            {
                case '\n': break;
                case '\\' or '\'' or '"': bytes.Add((byte)e); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case >= '0' and <= '7':
                    int value = 0, digits = 0;
                    for (; digits < 3 && i < raw.Length && raw[i] is >= '0' and <= '7'; digits++, i++) value = value * 8 + (raw[i] - '0');
                    i--;
                    bytes.Add((byte)(value & 0xFF));
                    break;
                case 'x':
                    if (i + 2 >= raw.Length || !char.IsAsciiHexDigit(raw[i + 1]) || !char.IsAsciiHexDigit(raw[i + 2]))
                    {
                        error = SyntaxMessages.InvalidBytesHexEscape(i - 1);
                        return null;
                    }
                    bytes.Add((byte)Convert.ToInt32(raw.Substring(i + 1, 2), 16));
                    i += 2;
                    break;
                default:
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        return bytes.ToImmutable();
    }
}
