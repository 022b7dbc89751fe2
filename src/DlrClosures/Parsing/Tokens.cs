using System.Globalization;
using System.Numerics;
using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// The lexical layer (Python language reference §2): blanks, keywords, identifiers, operators,
/// numbers, string delimiters and layout markers. Every token skips the blanks before it (never
/// newlines: the layout pass has already turned those into markers) and, when it fails, tells the
/// <see cref="ParseContext"/> where, so that "invalid syntax" points at the first token that could
/// not be parsed, as CPython's caret does.
/// </summary>
internal static class Tokens
{
    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    ];

    /// <summary>Every operator and delimiter, longest first, so a shorter one never matches the start of a longer.</summary>
    private static readonly string[] Operators =
    [
        "**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=",
        "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~",
        "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "!",
    ];

    /// <summary>Spaces, tabs and form feeds between tokens.</summary>
    public static readonly Parser<IEnumerable<char>> Blanks = Parse.Chars(' ', '\t', '\f').Many();

    public static readonly Parser<Token> Identifier = Lexeme(
        from first in Parse.Char(LayoutScanner.IsIdentifierStart, "identifier")
        from rest in Parse.Char(LayoutScanner.IsIdentifierPart, "identifier").Many().Text()
        let word = first + rest
        where !Keywords.Contains(word)
        select word);

    public static readonly Parser<Token> NewlineMarker = Marker(LayoutScanner.Newline);
    public static readonly Parser<Token> IndentMarker = Marker(LayoutScanner.Indent);
    public static readonly Parser<Token> DedentMarker = Marker(LayoutScanner.Dedent);

    private static readonly Parser<string> DigitPart =
        from first in Parse.Digit.AtLeastOnce().Text()
        from rest in (from _ in Parse.Char('_') from d in Parse.Digit.AtLeastOnce().Text() select d).Many()
        select first + string.Concat(rest);

    private static readonly Parser<string> Exponent =
        from e in Parse.Chars('e', 'E')
        from sign in Parse.Chars('+', '-').Optional()
        from digits in DigitPart
        select "e" + (sign.IsDefined ? sign.Get().ToString() : "") + digits;

    private static readonly Parser<string> PointFloat =
        (from whole in DigitPart.Optional()
         from dot in Parse.Char('.')
         from fraction in DigitPart
         select (whole.GetOrElse("0")) + "." + fraction)
        .Or(from whole in DigitPart from dot in Parse.Char('.') select whole + ".0");

    private static readonly Parser<object> FloatNumber =
        (from mantissa in PointFloat from exponent in Exponent.Optional() select mantissa + exponent.GetOrElse(""))
        .Or(from mantissa in DigitPart from exponent in Exponent select mantissa + exponent)
        .Select(text => (object)double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static readonly Parser<object> RadixNumber =
        from zero in Parse.Char('0')
        from radix in Parse.Chars('x', 'X', 'o', 'O', 'b', 'B')
        let isDigit = DigitTest(char.ToLowerInvariant(radix))
        from groups in (from _ in Parse.Char('_').Optional() from d in Parse.Char(isDigit, "digit").AtLeastOnce().Text() select d).AtLeastOnce()
        select FromRadix(string.Concat(groups), char.ToLowerInvariant(radix) switch { 'x' => 16, 'o' => 8, _ => 2 });

    private static readonly Parser<object> DecimalNumber =
        from digits in DigitPart
        select DecimalValue(digits);

    /// <summary>An int or float literal, not followed by letters or digits (which would make it invalid).</summary>
    public static readonly Parser<(Token Token, object Value)> Number = LexemeOf(
        from value in RadixNumber.Or(FloatNumber).Or(DecimalNumber)
        from end in Parse.Char(c => LayoutScanner.IsIdentifierPart(c) || c == '.', "end of number").Not()
        select value);

    /// <summary>The prefix (lower-cased) and opening delimiter of a string literal.</summary>
    public static readonly Parser<Token> StringStart = Lexeme(
        from prefix in Parse.Chars("rRuUfFbB").Repeat(0, 2).Text()
        from quote in Parse.String("\"\"\"").Or(Parse.String("'''")).Or(Parse.String("\"")).Or(Parse.String("'")).Text()
        select prefix.ToLowerInvariant() + quote);

    /// <summary>A keyword, not followed by an identifier character (so <c>iffy</c> is not <c>if</c>).</summary>
    public static Parser<Token> Keyword(string word) => Lexeme(
        from text in Parse.String(word).Text()
        from end in Parse.Char(LayoutScanner.IsIdentifierPart, "end of keyword").Not()
        select text);

    /// <summary>An operator or delimiter, matched only when it is the longest operator at this point.</summary>
    public static Parser<Token> Op(string op) => Lexeme(input =>
    {
        string source = input.Source;
        foreach (string candidate in Operators)
        {
            if (string.CompareOrdinal(source, input.Position, candidate, 0, candidate.Length) != 0) continue;
            if (candidate != op) break;
            // ".5" is a number, not an attribute dot (CPython's tokenizer reads it as one token).
            if (op == "." && input.Position + 1 < source.Length && char.IsAsciiDigit(source[input.Position + 1])) break;
            var rest = input;
            for (int k = 0; k < op.Length; k++) rest = rest.Advance();
            return Result.Success(op, rest);
        }
        return Result.Failure<string>(input, $"expected {op}", [op]);
    });

    /// <summary>Wraps a lexical parser: skip blanks, record a failure, report the token's logical range.</summary>
    public static Parser<Token> Lexeme(Parser<string> parser) =>
        LexemeOf(parser).Select(t => t.Token with { Text = t.Value });

    private static Parser<(Token Token, T Value)> LexemeOf<T>(Parser<T> parser) => input =>
    {
        var start = Blanks(input).Remainder;
        var result = parser(start);
        if (!result.WasSuccessful)
        {
            ParseContext.Current.NoteFailure(start.Position);
            return Result.Failure<(Token, T)>(start, result.Message, result.Expectations);
        }
        var token = new Token("", start.Position, result.Remainder.Position);
        return Result.Success((token, result.Value), result.Remainder);
    };

    private static Parser<Token> Marker(char marker) => Lexeme(Parse.Char(marker).Return(marker.ToString()));

    private static Predicate<char> DigitTest(char radix) => radix switch
    {
        'x' => c => char.IsAsciiHexDigit(c),
        'o' => c => c is >= '0' and <= '7',
        _ => c => c is '0' or '1',
    };

    private static object FromRadix(string digits, int radix)
    {
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits) value = value * radix + int.Parse(c.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return Narrow(value);
    }

    private static object DecimalValue(string digits)
    {
        // CPython rejects 0777 (tokenizer.c, tok_decimal_tail); that error is raised by the grammar,
        // which knows the position, so here such a literal simply fails to be a number.
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long small)
            ? small
            : Narrow(BigInteger.Parse(digits, CultureInfo.InvariantCulture));
    }

    private static object Narrow(BigInteger value) => value >= long.MinValue && value <= long.MaxValue ? (long)value : value;

    /// <summary>True for a decimal literal with leading zeros that are not all zeros (<c>0777</c>).</summary>
    public static bool HasLeadingZeros(string text) =>
        text.Length > 1 && text[0] == '0' && char.IsAsciiDigit(text[1]) && text.Any(c => c is >= '1' and <= '9')
        && text.All(c => char.IsAsciiDigit(c) || c == '_');
}
