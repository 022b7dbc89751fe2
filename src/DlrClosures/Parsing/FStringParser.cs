using System.Collections.Immutable;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using DlrClosures.Text;
using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// The inside of an f-string (language reference §2.4.3), read as CPython 3.11 reads it
/// (Parser/string_parser.c: <c>fstring_find_literal</c>,
/// <c>fstring_find_expr</c>, <c>fstring_compile_expr</c>): literal text with <c>{{</c>/<c>}}</c>
/// escapes, and replacement fields <c>{expression[=][!conversion][:format_spec]}</c> whose spec may
/// itself hold fields.
/// <list type="number">
/// <item>A field's expression ends where CPython's character scan ends it: at a top-level <c>!</c>,
/// <c>:</c>, <c>=</c> or <c>}</c> that is not part of <c>!=</c>, <c>==</c>, <c>&lt;=</c>, <c>&gt;=</c>.
/// So <c>{n:=+6}</c> is <c>n</c> with the spec <c>=+6</c>, as in CPython.</item>
/// <item>That text is parsed in place by the expression grammar, so spans are positions in the file.</item>
/// <item><c>{x = }</c> keeps the text up to and including the blanks after <c>=</c>, then the value
/// (repr unless a conversion or a spec is given).</item>
/// </list>
/// Errors found while scanning are placed as 3.11 places them: just past the last string literal of
/// the implicitly concatenated run. Errors from parsing the expression itself get the "f-string: "
/// prefix (but not the tokenizer's, such as "invalid decimal literal") and a column counted within
/// <c>(expression)</c>, as 3.11 compiles that text separately.
/// </summary>
internal static class FStringParser
{
    // CPython compiles the text as "(expression)", so it sits one bracket level deep.
    private static readonly Parser<Expr> FieldExpression = ExpressionGrammar.Bracketed(Rule.Ref(() => ExpressionGrammar.TestListStarExpr));

    /// <summary>The body after the opening delimiter, through the closing one.</summary>
    public static Parser<ImmutableArray<Expr>> Body(string quote, bool isRaw) => input =>
    {
        var reader = new Reader(input.Source, quote, isRaw, input.Position);
        int p = input.Position;
        var parts = reader.ReadBody(ref p);
        return Result.Success(parts, LogicalInput.Jump(input, p));
    };

    /// <summary>Reads one f-string literal; positions are logical offsets.</summary>
    private sealed class Reader
    {
        private readonly string _s;
        private readonly string _quote;
        private readonly bool _isRaw;
        private readonly int _bodyEnd;

        public Reader(string s, string quote, bool isRaw, int bodyStart)
        {
            _s = s;
            _quote = quote;
            _isRaw = isRaw;
            _bodyEnd = ClosingQuote(s, bodyStart, quote);
        }

        public ImmutableArray<Expr> ReadBody(ref int p)
        {
            var parts = ImmutableArray.CreateBuilder<Expr>();
            while (p < _bodyEnd)
            {
                if (_s[p] == '{' && At(p + 1) != '{') parts.AddRange(Field(ref p, 0));
                else parts.Add(Literal(ref p));
            }
            p = _bodyEnd + _quote.Length;
            return parts.ToImmutable();
        }

        private Expr Literal(ref int p)
        {
            int start = p;
            var raw = new System.Text.StringBuilder();
            while (p < _bodyEnd)
            {
                char c = _s[p];
                if (c == '{' && At(p + 1) == '{') { raw.Append('{'); p += 2; }
                else if (c == '}' && At(p + 1) == '}') { raw.Append('}'); p += 2; }
                else if (c == '{') break;
                else if (c == '}') throw Error("f-string: single '}' is not allowed");
                else if (c == '\\' && p + 1 < _bodyEnd && _s[p + 1] is not ('{' or '}')) { raw.Append(c).Append(_s[p + 1]); p += 2; }
                else { raw.Append(c); p++; }
            }
            return new ConstantExpr(
                StringGrammar.DecodeOrThrow(raw.ToString(), _isRaw, new Token("", start, p), p), ParseContext.Current.Span(start, p));
        }

        /// <summary>A replacement field at <paramref name="p"/> (on its '{'); a debug field yields its text and its value.</summary>
        private IEnumerable<Expr> Field(ref int p, int depth)
        {
            var context = ParseContext.Current;
            int open = p;
            if (depth >= 2) throw Error("f-string: expressions nested too deeply");
            int exprStart = open + 1;
            int exprEnd = ScanExpression(exprStart);
            char stop = _s[exprEnd];
            if (string.IsNullOrWhiteSpace(_s[exprStart..exprEnd]))
                throw Error(stop is '=' or '!' or ':' ? $"f-string: expression required before '{stop}'" : "f-string: empty expression not allowed");
            var value = ParseExpression(exprStart, exprEnd);
            int q = exprEnd;
            int debugEnd = -1;
            if (_s[q] == '=')
            {
                q++;
                while (q < _bodyEnd && _s[q] is ' ' or '\t' or '\f' or '\n' or '\r' or '\v') q++;
                debugEnd = q;
            }
            char conversion = '\0';
            if (q < _bodyEnd && _s[q] == '!')
            {
                if (++q >= _bodyEnd) throw Error("f-string: expecting '}'");
                conversion = _s[q++];
                if (conversion is not ('s' or 'r' or 'a')) throw Error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            Expr? spec = null;
            if (q < _bodyEnd && _s[q] == ':')
            {
                q++;
                spec = Spec(ref q, depth + 1);
            }
            if (q >= _bodyEnd || _s[q] != '}') throw Error("f-string: expecting '}'");
            p = q + 1;
            var span = context.Span(open, p);
            if (conversion == '\0' && debugEnd >= 0 && spec is null) conversion = 'r';
            var formatted = new FormattedValueExpr(value, conversion, spec, span);
            if (debugEnd < 0) return [formatted];
            return [new ConstantExpr(_s[exprStart..debugEnd], span), formatted];
        }

        /// <summary>A format spec after ':', up to (not including) the field's closing '}'.</summary>
        private Expr Spec(ref int p, int depth)
        {
            int start = p;
            var parts = ImmutableArray.CreateBuilder<Expr>();
            while (p < _bodyEnd && _s[p] != '}')
            {
                if (_s[p] == '{')
                {
                    parts.AddRange(Field(ref p, depth));
                    continue;
                }
                int from = p;
                while (p < _bodyEnd && _s[p] is not ('{' or '}')) p++;
                parts.Add(new ConstantExpr(_s[from..p], ParseContext.Current.Span(from, p)));
            }
            return new JoinedStrExpr(parts.ToImmutable(), ParseContext.Current.Span(start, p));
        }

        /// <summary>CPython's <c>fstring_find_expr</c> scan: where the expression text ends (the index of the stop character).</summary>
        private int ScanExpression(int start)
        {
            var brackets = new SmallStack<char>();
            char inQuote = '\0';
            bool tripleQuote = false;
            for (int p = start; p < _bodyEnd; p++)
            {
                char ch = _s[p];
                if (ch == '\\') throw Error("f-string expression part cannot include a backslash");
                if (inQuote != '\0')
                {
                    if (ch != inQuote) continue;
                    if (!tripleQuote) inQuote = '\0';
                    else if (At(p + 1) == ch && At(p + 2) == ch) { inQuote = '\0'; p += 2; }
                    continue;
                }
                switch (ch)
                {
                    case '\'' or '"':
                        tripleQuote = At(p + 1) == ch && At(p + 2) == ch;
                        inQuote = ch;
                        if (tripleQuote) p += 2;
                        continue;
                    case '(' or '[' or '{':
                        brackets.Push(ch);
                        continue;
                    case '#':
                        throw Error("f-string expression part cannot include '#'");
                }
                if (brackets.Count == 0 && ch is '!' or ':' or '}' or '=' or '>' or '<')
                {
                    if (At(p + 1) == '=' && ch is '!' or '=' or '<' or '>')
                    {
                        p++;
                        continue;
                    }
                    if (ch is '>' or '<') continue;
                    return p;
                }
                if (ch is ')' or ']' or '}')
                {
                    if (brackets.Count == 0) throw Error($"f-string: unmatched '{ch}'");
                    char opening = brackets.Pop();
                    if (opening != (ch switch { ')' => '(', ']' => '[', _ => '{' }))
                        throw Error($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{opening}'");
                }
            }
            if (inQuote != '\0') throw Error("f-string: unterminated string");
            if (brackets.Count > 0) throw Error($"f-string: unmatched '{brackets.Peek()}'");
            throw Error("f-string: expecting '}'");
        }

        /// <summary>
        /// The expression [<paramref name="start"/>, <paramref name="end"/>), parsed in place. CPython
        /// compiles it as the text <c>(expression)</c>, so its errors count columns within that text.
        /// </summary>
        private Expr ParseExpression(int start, int end)
        {
            var context = ParseContext.Current;
            IResult<Expr> result;
            try
            {
                result = FieldExpression(new LogicalInput(_s, start));
            }
            catch (PyException e) when (e.Type == PyExceptionType.SyntaxError && e.Span is { } span)
            {
                int at = Math.Clamp(LogicalOf(span.Start, start, end), start, end);
                // 3.11 prefixes the parser's errors only (_PyPegen_raise_error_known_location, for
                // the fstring start rule); the tokenizer's own (a malformed number) keep their words.
                throw Relative(ReferenceEquals(e, context.TokenizerError) ? e.Message : "f-string: " + e.Message, start, at);
            }
            if (result.WasSuccessful && Tokens.Blanks(result.Remainder).Remainder.Position == end) return result.Value;
            int failure = Math.Max(context.FurthestFailure, result.WasSuccessful ? result.Remainder.Position : start);
            throw Relative("f-string: invalid syntax", start, Math.Clamp(failure, start, end));
        }

        /// <summary>The logical position in [start, end] whose original offset is <paramref name="original"/>.</summary>
        private static int LogicalOf(int original, int start, int end)
        {
            var logical = ParseContext.Current.Logical;
            for (int p = start; p < end; p++)
                if (logical.OriginalOffset(p) >= original) return p;
            return end;
        }

        /// <summary>An error at column <c>at - start + 2</c> of the line where the expression starts.</summary>
        private static PyException Relative(string message, int start, int at)
        {
            var context = ParseContext.Current;
            int offset = context.Logical.OriginalOffset(start);
            int line = context.Logical.Source.GetPosition(offset).Line;
            int column = at - start + 2;
            return context.Error(message, new SourceSpan(offset, offset, line, column, line, column));
        }

        /// <summary>CPython places f-string scan errors one past the last literal of the concatenated run.</summary>
        private PyException Error(string message)
        {
            var context = ParseContext.Current;
            var logical = context.Logical;
            int end = logical.OriginalOffset(RunEnd(_bodyEnd + _quote.Length) - 1) + 1;
            return context.Error(message, logical.Source.Span(end, end));
        }

        /// <summary>Past the last of the string literals that follow position <paramref name="p"/> with only blanks between.</summary>
        private int RunEnd(int p)
        {
            while (true)
            {
                int q = p;
                while (At(q) is ' ' or '\t' or '\f') q++;
                int prefix = q;
                while (q - prefix < 2 && At(q) is 'r' or 'R' or 'u' or 'U' or 'f' or 'F' or 'b' or 'B') q++;
                if (At(q) is not ('\'' or '"')) return p;
                string quote = At(q + 1) == At(q) && At(q + 2) == At(q) ? new string(At(q), 3) : At(q).ToString();
                p = ClosingQuote(_s, q + quote.Length, quote) + quote.Length;
            }
        }

        private static int ClosingQuote(string s, int p, string quote)
        {
            while (p < s.Length && string.CompareOrdinal(s, p, quote, 0, quote.Length) != 0) p += s[p] == '\\' ? 2 : 1;
            return Math.Min(p, s.Length);
        }

        private char At(int p) => p < _s.Length ? _s[p] : '\0';
    }
}
