using System.Globalization;
using System.Numerics;
using System.Text;
using DlrClosures.Runtime.Exceptions;
using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// Numeric literals (language reference §2.4.5), read character by character as CPython 3.11's
/// tokenizer reads them (Parser/tokenizer.c: the number branch of <c>tok_get</c>,
/// <c>tok_decimal_tail</c>, <c>verify_end_of_number</c>), so that the same texts fail with the same
/// words at the same column.
/// </summary>
/// <remarks>
/// CPython reports these errors at <c>tok-&gt;cur</c>: a column equal to the 0-based index of the
/// character the tokenizer stopped before. <see cref="AtCursor"/> turns such a cursor into a span.
/// </remarks>
internal static class NumberScanner
{
    /// <summary>Scans a number at <paramref name="input"/>; fails (consuming nothing) when no number starts there.</summary>
    public static IResult<object> Scan(IInput input)
    {
        string s = input.Source;
        int start = input.Position;
        char first = At(s, start);
        if (!(char.IsAsciiDigit(first) || (first == '.' && char.IsAsciiDigit(At(s, start + 1)))))
            return Result.Failure<object>(input, "expected number", ["number"]);
        char radix = char.ToLowerInvariant(At(s, start + 1));
        var (value, end) = first == '0' && radix is 'x' or 'o' or 'b' ? Radix(s, start, radix) : Decimal(s, start);
        return Result.Success(value, LogicalInput.Jump(input, end));
    }

    private static (object Value, int End) Radix(string s, int start, char radix)
    {
        var (name, @base, isDigit) = radix switch
        {
            'x' => ("hexadecimal", 16, (Func<char, bool>)char.IsAsciiHexDigit),
            'o' => ("octal", 8, c => c is >= '0' and <= '7'),
            _ => ("binary", 2, (Func<char, bool>)(c => c is '0' or '1')),
        };
        int p = start + 2;
        var digits = new StringBuilder();
        do
        {
            if (At(s, p) == '_') p++;
            if (!isDigit(At(s, p)))
            {
                if (char.IsAsciiDigit(At(s, p))) throw InvalidDigit(s, p, name);
                throw AtCursor($"invalid {name} literal", p);
            }
            while (isDigit(At(s, p))) digits.Append(s[p++]);
        }
        while (At(s, p) == '_');
        if (char.IsAsciiDigit(At(s, p))) throw InvalidDigit(s, p, name);
        VerifyEnd(s, p, name);
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits.ToString()) value = value * @base + int.Parse(c.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (Narrow(value), p);
    }

    private static (object Value, int End) Decimal(string s, int start)
    {
        int p = start;
        bool isFloat = false;
        if (At(s, p) == '.')
        {
            p++;
            isFloat = true;
        }
        else if (At(s, p) == '0')
        {
            // "maybe old-style octal": zeros, then any digits, must become a float or be all zeros.
            p++;
            while (true)
            {
                if (At(s, p) == '_')
                {
                    p++;
                    if (!char.IsAsciiDigit(At(s, p))) throw AtCursor(SyntaxMessages.InvalidDecimalLiteral, p);
                }
                if (At(s, p) != '0') break;
                p++;
            }
            bool nonzero = char.IsAsciiDigit(At(s, p));
            if (nonzero) p = DecimalTail(s, p);
            if (At(s, p) is not ('.' or 'e' or 'E' or 'j' or 'J'))
            {
                if (nonzero) throw ParseContext.Current.TokenizerErrorAt(SyntaxMessages.LeadingZeros, start, start + 1);
                VerifyEnd(s, p, "decimal");
                return (0L, p);
            }
            if (At(s, p) == '.')
            {
                p++;
                isFloat = true;
            }
        }
        else
        {
            p = DecimalTail(s, p);
            if (At(s, p) == '.')
            {
                p++;
                isFloat = true;
            }
        }
        if (isFloat && s[p - 1] == '.' && char.IsAsciiDigit(At(s, p))) p = DecimalTail(s, p);
        if (At(s, p) is 'e' or 'E')
        {
            int e = p++;
            if (At(s, p) is '+' or '-')
            {
                p++;
                if (!char.IsAsciiDigit(At(s, p))) throw AtCursor(SyntaxMessages.InvalidDecimalLiteral, p);
                p = DecimalTail(s, p);
                isFloat = true;
            }
            else if (char.IsAsciiDigit(At(s, p)))
            {
                p = DecimalTail(s, p);
                isFloat = true;
            }
            else
            {
                // "1else": the number ends before the 'e' (verify_end_of_number on the 'e' itself).
                VerifyEnd(s, e, "decimal");
                p = e;
            }
        }
        if (At(s, p) is 'j' or 'J')
        {
            VerifyEnd(s, p + 1, "imaginary");
            // An imaginary literal: the binder reports that complex numbers do not run yet.
            double imaginary = double.Parse(s[start..p].Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
            return (new Complex(0, imaginary), p + 1);
        }
        VerifyEnd(s, p, "decimal");
        string text = s[start..p].Replace("_", "");
        if (isFloat) return (double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), p);
        return (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long small)
            ? small
            : Narrow(BigInteger.Parse(text, CultureInfo.InvariantCulture)), p);
    }

    /// <summary>Digits with single underscores between them, from the digit at <paramref name="p"/>; returns the end.</summary>
    private static int DecimalTail(string s, int p)
    {
        while (true)
        {
            while (char.IsAsciiDigit(At(s, p))) p++;
            if (At(s, p) != '_') return p;
            p++;
            if (!char.IsAsciiDigit(At(s, p))) throw AtCursor(SyntaxMessages.InvalidDecimalLiteral, p);
        }
    }

    /// <summary>
    /// CPython's <c>verify_end_of_number</c>: a literal may run straight into <c>and</c>, <c>else</c>,
    /// <c>for</c>, <c>if</c>, <c>in</c>, <c>is</c>, <c>not</c> or <c>or</c> (it only warns), but not into
    /// any other identifier character.
    /// </summary>
    private static void VerifyEnd(string s, int p, string kind)
    {
        char c = At(s, p);
        bool keyword = c switch
        {
            'a' => Follows(s, p + 1, "nd"),
            'e' => Follows(s, p + 1, "lse"),
            'f' => Follows(s, p + 1, "or"),
            'i' => At(s, p + 1) is 'f' or 'n' or 's',
            'o' => Follows(s, p + 1, "r"),
            'n' => Follows(s, p + 1, "ot"),
            _ => false,
        };
        if (!keyword && (LayoutScanner.IsIdentifierPart(c) || (c > 127 && c is not (LayoutScanner.Newline or LayoutScanner.Indent or LayoutScanner.Dedent)))) throw AtCursor($"invalid {kind} literal", p);
    }

    private static bool Follows(string s, int p, string text) => string.CompareOrdinal(s, p, text, 0, text.Length) == 0;

    private static PyException InvalidDigit(string s, int p, string name) =>
        AtCursor($"invalid digit '{s[p]}' in {name} literal", p + 1);

    /// <summary>An error where CPython's cursor stands before logical position <paramref name="cursor"/> (see the remarks).</summary>
    private static PyException AtCursor(string message, int cursor) =>
        ParseContext.Current.TokenizerErrorAt(message, cursor - 1, cursor);

    private static char At(string s, int p) => p < s.Length ? s[p] : '\0';

    private static object Narrow(BigInteger value) => value >= long.MinValue && value <= long.MaxValue ? (long)value : value;
}
