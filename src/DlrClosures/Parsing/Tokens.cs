using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// The lexical layer (Python language reference §2): blanks, keywords, identifiers, operators,
/// numbers, string delimiters and layout markers, as Sprache parsers over the tokens of a
/// <see cref="LexicalTable"/>. Every token skips the blanks before it (never newlines: the layout pass
/// has already turned those into markers) and, when it fails, tells the <see cref="ParseContext"/>
/// where, so that "invalid syntax" points at the first token that could not be parsed, as CPython's
/// caret does. A token parser looks its answer up and moves the input past the token in one step.
/// </summary>
internal static class Tokens
{
    /// <summary>Spaces, tabs and form feeds between tokens (yields nothing; its remainder is the next token's start).</summary>
    public static readonly Parser<int> Blanks = input => Result.Success(0, Jump(input, NextTokenStart(input)));

    private static readonly string[] IdentifierExpectation = ["identifier"];

    public static readonly Parser<Token> Identifier = input =>
    {
        int start = NextTokenStart(input);
        if (start < input.Source.Length && TableOf(input).NameAt(start, out int end, out string text, out bool isKeyword) && !isKeyword)
            return Result.Success(new Token(text, start, end), Jump(input, end));
        return Fail<Token>(input, start, "expected identifier", IdentifierExpectation);
    };

    public static readonly Parser<Token> NewlineMarker = Marker(LayoutScanner.Newline);
    public static readonly Parser<Token> IndentMarker = Marker(LayoutScanner.Indent);
    public static readonly Parser<Token> DedentMarker = Marker(LayoutScanner.Dedent);

    /// <summary>
    /// An int or float literal, scanned as CPython's tokenizer scans it (tokenizer.c, <c>tok_get</c>'s
    /// number branch, <c>tok_decimal_tail</c>, <c>verify_end_of_number</c>): <c>1.0.real</c> is the
    /// number <c>1.0</c> then <c>.real</c>, and a malformed literal is a SyntaxError at once.
    /// </summary>
    public static readonly Parser<(Token Token, object Value)> Number = input =>
    {
        int start = NextTokenStart(input);
        var at = Jump(input, start);
        var result = NumberScanner.Scan(at);
        if (!result.WasSuccessful) return Fail<(Token, object)>(input, start, result.Message, result.Expectations);
        return Result.Success((new Token("", start, result.Remainder.Position), result.Value), result.Remainder);
    };

    private static readonly string[] StringExpectation = ["string"];

    /// <summary>The prefix (lower-cased) and opening delimiter of a string literal.</summary>
    public static readonly Parser<Token> StringStart = input =>
    {
        int start = NextTokenStart(input);
        string s = input.Source;
        int p = start;
        while (p < s.Length && p - start < 2 && s[p] is 'r' or 'R' or 'u' or 'U' or 'f' or 'F' or 'b' or 'B') p++;
        if (p < s.Length && s[p] is '"' or '\'')
        {
            char q = s[p];
            int end = p + 2 < s.Length && s[p + 1] == q && s[p + 2] == q ? p + 3 : p + 1;
            string text = s.Substring(start, p - start).ToLowerInvariant() + s.Substring(p, end - p);
            return Result.Success(new Token(text, start, end), Jump(input, end));
        }
        return Fail<Token>(input, start, "expected string", StringExpectation);
    };

    /// <summary>Whether a string literal (up to two prefix letters, then a quote) starts at <paramref name="p"/>.</summary>
    public static bool StringStartsAt(string s, int p)
    {
        int start = p;
        while (p < s.Length && p - start < 2 && s[p] is 'r' or 'R' or 'u' or 'U' or 'f' or 'F' or 'b' or 'B') p++;
        return p < s.Length && s[p] is '"' or '\'';
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Parser<Token>> KeywordParsers = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Parser<Token>> OperatorParsers = new();

    /// <summary>
    /// A keyword, not followed by an identifier character (so <c>iffy</c> is not <c>if</c>). One parser
    /// per keyword, made once: a LINQ query's later clauses run at parse time, so a parser made there
    /// would be made again at every use.
    /// </summary>
    public static Parser<Token> Keyword(string word) => KeywordParsers.GetOrAdd(word, MakeKeyword);

    /// <summary>An operator or delimiter, matched only when it is the longest operator at this point (one parser per operator, made once).</summary>
    public static Parser<Token> Op(string op) => OperatorParsers.GetOrAdd(op, MakeOp);

    private static Parser<Token> MakeKeyword(string word)
    {
        string message = $"expected {word}";
        string[] expectations = [word];
        return input =>
        {
            int start = NextTokenStart(input);
            if (start < input.Source.Length && TableOf(input).NameAt(start, out int end, out string text, out _) && text == word)
                return Result.Success(new Token(word, start, end), Jump(input, end));
            return Fail<Token>(input, start, message, expectations);
        };
    }

    private static Parser<Token> MakeOp(string op)
    {
        int index = LexicalTable.OperatorIndex(op);
        string message = $"expected {op}";
        string[] expectations = [op];
        return input =>
        {
            int start = NextTokenStart(input);
            string source = input.Source;
            // ".5" is a number, not an attribute dot (CPython's tokenizer reads it as one token).
            if (TableOf(input).OperatorAt(start) == index
                && !(op == "." && start + 1 < source.Length && char.IsAsciiDigit(source[start + 1])))
                return Result.Success(new Token(op, start, start + op.Length), Jump(input, start + op.Length));
            return Fail<Token>(input, start, message, expectations);
        };
    }

    /// <summary>Where the next token starts: <paramref name="input"/>'s position after blanks.</summary>
    public static int NextTokenStart(IInput input) => TableOf(input).SkipBlanks(input.Position);

    private static LexicalTable TableOf(IInput input) =>
        input is LogicalInput logical ? logical.Table : ParseContext.Current.TableFor(input.Source);

    private static IInput Jump(IInput input, int position) => LogicalInput.Jump(input, position);

    /// <summary>A failure at the token's start, noted for "invalid syntax".</summary>
    private static IResult<T> Fail<T>(IInput input, int start, string message, IEnumerable<string> expectations)
    {
        ParseContext.Of(input).NoteFailure(start);
        return Result.Failure<T>(Jump(input, start), message, expectations);
    }

    private static Parser<Token> Marker(char marker)
    {
        string text = marker.ToString();
        string message = $"unexpected '{marker}'";
        string[] expectations = [text];
        return input =>
        {
            int start = NextTokenStart(input);
            if (start < input.Source.Length && input.Source[start] == marker)
                return Result.Success(new Token(text, start, start + 1), Jump(input, start + 1));
            return Fail<Token>(input, start, message, expectations);
        };
    }
}
