using System.Globalization;
using System.Text;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// repr(str) and ascii(str) (unicode_repr in Objects/unicodeobject.c): single quotes unless the
/// text has a single quote and no double quote; \\, \t, \n, \r and the quote escaped; other
/// non-printable characters as \xNN, \uNNNN or \UNNNNNNNN; printable non-ASCII kept (repr) or
/// escaped (ascii).
/// </summary>
internal static class StrRepr
{
    public static string Repr(string value, bool asciiOnly = false)
    {
        char quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var text = new StringBuilder(value.Length + 2);
        text.Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            char unit = value[i];
            int c = unit;
            if (char.IsSurrogate(unit))
            {
                // A pair is one code point; a lone surrogate is a code point of its own (category Cs), escaped.
                if (char.IsHighSurrogate(unit) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    c = char.ConvertToUtf32(unit, value[++i]);
                else
                {
                    text.Append("\\u").Append(c.ToString("x4"));
                    continue;
                }
            }
            var rune = new Rune(c);
            if (c == quote || c == '\\') text.Append('\\').Append((char)c);
            else if (c == '\t') text.Append("\\t");
            else if (c == '\n') text.Append("\\n");
            else if (c == '\r') text.Append("\\r");
            else if (c < ' ' || c == 0x7f) text.Append("\\x").Append(c.ToString("x2"));
            else if (c < 0x7f) text.Append((char)c);
            else if (!asciiOnly && IsPrintable(rune)) text.Append(rune.ToString());
            else if (c <= 0xff) text.Append("\\x").Append(c.ToString("x2"));
            else if (c <= 0xffff) text.Append("\\u").Append(c.ToString("x4"));
            else text.Append("\\U").Append(c.ToString("x8"));
        }
        text.Append(quote);
        return text.ToString();
    }

    /// <summary>Py_UNICODE_ISPRINTABLE: everything except categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space.</summary>
    public static bool IsPrintable(Rune rune)
    {
        if (rune.Value == ' ') return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
