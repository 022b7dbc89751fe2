using System.Collections.Immutable;
using System.Text;
using DlrClosures.Syntax;
using Sprache;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// String literals (language reference §2.4.1–2.4.3): prefixes, the four delimiters, escapes, and
/// implicit concatenation of adjacent literals (<c>'a' f'{b}'</c>), which yields one
/// <see cref="ConstantExpr"/> or, when any piece is an f-string, one <see cref="JoinedStrExpr"/>.
/// </summary>
internal static class StringGrammar
{
    /// <summary>One literal: its prefix and delimiter decide how the body is read.</summary>
    public static readonly Parser<StringPiece> Piece = input =>
    {
        var start = Tokens.StringStart(input);
        if (!start.WasSuccessful) return Result.Failure<StringPiece>(start.Remainder, start.Message, start.Expectations);
        return BodyOf(start.Value, start.Remainder);
    };

    /// <summary>Adjacent literals, concatenated: read while another literal follows.</summary>
    public static readonly Parser<Expr> Strings = input =>
    {
        var first = Piece(input);
        if (!first.WasSuccessful) return Result.Failure<Expr>(first.Remainder, first.Message, first.Expectations);
        var pieces = new List<StringPiece> { first.Value };
        var rest = first.Remainder;
        while (true)
        {
            var next = Piece(rest);
            if (!next.WasSuccessful) break;
            pieces.Add(next.Value);
            rest = next.Remainder;
        }
        return Result.Success(Concatenate(pieces), rest);
    };

    private static IResult<StringPiece> BodyOf(Token start, IInput input)
    {
        string prefix = start.Text.TrimEnd('\'', '"');
        string quote = start.Text[prefix.Length..];
        bool isRaw = prefix.Contains('r');
        if (prefix.Contains('b'))
        {
            var bytes = RawBody(quote)(input);
            if (!bytes.WasSuccessful) return Result.Failure<StringPiece>(bytes.Remainder, bytes.Message, bytes.Expectations);
            int bytesEnd = bytes.Remainder.Position;
            var value = StringDecoder.DecodeBytes(bytes.Value, isRaw, out string? error)
                ?? throw ParseContext.Current.Error(error!, start.Start, bytesEnd);
            return Result.Success(new StringPiece(null, [], start with { End = bytesEnd }) { Bytes = value }, bytes.Remainder);
        }
        if (prefix.Contains('f'))
        {
            var parts = FStringParser.Body(quote, isRaw)(input);
            if (!parts.WasSuccessful) return Result.Failure<StringPiece>(parts.Remainder, parts.Message, parts.Expectations);
            return Result.Success(new StringPiece(null, parts.Value, start with { End = parts.Remainder.Position }), parts.Remainder);
        }
        var body = RawBody(quote)(input);
        if (!body.WasSuccessful) return Result.Failure<StringPiece>(body.Remainder, body.Message, body.Expectations);
        int end = body.Remainder.Position;
        return Result.Success(new StringPiece(DecodeOrThrow(body.Value, isRaw, start, end), [], start with { End = end }), body.Remainder);
    }

    /// <summary>The raw text up to the closing delimiter, which is consumed; a backslash always takes the next character with it.</summary>
    private static Parser<string> RawBody(string quote) => input =>
    {
        string s = input.Source;
        int p = input.Position;
        while (p < s.Length && string.CompareOrdinal(s, p, quote, 0, quote.Length) != 0)
            p += s[p] == '\\' && p + 1 < s.Length ? 2 : 1;
        if (p >= s.Length) return Result.Failure<string>(LogicalInput.Jump(input, s.Length), $"expected {quote}", [quote]);
        return Result.Success(s.Substring(input.Position, p - input.Position), LogicalInput.Jump(input, p + quote.Length));
    };

    /// <summary>The current logical position, consuming nothing.</summary>
    public static readonly Parser<int> Position = input => Result.Success(input.Position, input);

    public static string DecodeOrThrow(string raw, bool isRaw, Token start, int end) =>
        StringDecoder.Decode(raw, isRaw)
        ?? throw ParseContext.Current.Error(SyntaxMessages.InvalidEscape, start.Start, end);

    private static Expr Concatenate(List<StringPiece> pieces)
    {
        var span = ParseContext.Current.Span(pieces[0].Token, pieces[^1].Token);
        if (pieces.Any(p => p.IsBytes))
        {
            if (!pieces.All(p => p.IsBytes)) throw ParseContext.Current.Error(SyntaxMessages.MixedBytes, span);
            return new ConstantExpr(pieces.Count == 1 ? pieces[0].Bytes : [.. pieces.SelectMany(p => p.Bytes)], span);
        }
        if (pieces.All(p => !p.IsFormatted)) return new ConstantExpr(string.Concat(pieces.Select(p => p.Value)), span);
        // Adjacent constant parts merge into one, as CPython's f-string compiler does.
        var values = ImmutableArray.CreateBuilder<Expr>();
        var pending = new StringBuilder();
        SourceSpan? pendingSpan = null;
        void Flush()
        {
            if (pending.Length > 0) values.Add(new ConstantExpr(pending.ToString(), pendingSpan!.Value));
            pending.Clear();
            pendingSpan = null;
        }
        foreach (var piece in pieces)
        {
            var parts = piece.IsFormatted
                ? piece.Parts
                : [new ConstantExpr(piece.Value!, ParseContext.Current.Span(piece.Token.Start, piece.Token.End))];
            foreach (var part in parts)
            {
                if (part is ConstantExpr { Value: string text } constant)
                {
                    pending.Append(text);
                    pendingSpan = pendingSpan is { } s ? SourceSpan.Cover(s, constant.Span) : constant.Span;
                }
                else
                {
                    Flush();
                    values.Add(part);
                }
            }
        }
        Flush();
        return new JoinedStrExpr(values.ToImmutable(), span);
    }
}
