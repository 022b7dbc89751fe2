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

    /// <summary>
    /// An int or float literal, scanned as CPython's tokenizer scans it (tokenizer.c, <c>tok_get</c>'s
    /// number branch, <c>tok_decimal_tail</c>, <c>verify_end_of_number</c>): <c>1.0.real</c> is the
    /// number <c>1.0</c> then <c>.real</c>, and a malformed literal is a SyntaxError at once.
    /// </summary>
    public static readonly Parser<(Token Token, object Value)> Number = LexemeOf<object>(input => NumberScanner.Scan(input));

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
}
