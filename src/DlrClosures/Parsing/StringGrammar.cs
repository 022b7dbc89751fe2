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
    public static readonly Parser<StringPiece> Piece =
        from start in Tokens.StringStart
        from piece in BodyOf(start)
        select piece;

    /// <summary>Adjacent literals, concatenated.</summary>
    public static readonly Parser<Expr> Strings =
        from pieces in Piece.AtLeastOnce()
        select Concatenate(pieces.ToList());

    private static Parser<StringPiece> BodyOf(Token start)
    {
        string prefix = start.Text.TrimEnd('\'', '"');
        string quote = start.Text[prefix.Length..];
        if (prefix.Contains('b')) throw ParseContext.Current.Error(SyntaxMessages.BytesNotSupported, start.Start, start.End);
        bool isRaw = prefix.Contains('r');
        if (prefix.Contains('f'))
        {
            return from parts in FStringParser.Body(quote, isRaw)
                   from end in Position
                   select new StringPiece(null, parts, start with { End = end });
        }
        return from body in RawBody(quote)
               from end in Position
               select new StringPiece(DecodeOrThrow(body, isRaw, start, end), [], start with { End = end });
    }

    /// <summary>The raw text up to the closing delimiter, which is consumed; a backslash always takes the next character with it.</summary>
    private static Parser<string> RawBody(string quote) =>
        (from backslash in Parse.Char('\\') from c in Parse.AnyChar select "\\" + c)
        .Or(Parse.AnyChar.Except(Parse.String(quote)).Select(c => c.ToString()))
        .Many()
        .Select(string.Concat)
        .Then(body => Parse.String(quote).Return(body));

    /// <summary>The current logical position, consuming nothing.</summary>
    public static readonly Parser<int> Position = input => Result.Success(input.Position, input);

    public static string DecodeOrThrow(string raw, bool isRaw, Token start, int end) =>
        StringDecoder.Decode(raw, isRaw)
        ?? throw ParseContext.Current.Error(SyntaxMessages.InvalidEscape, start.Start, end);

    private static Expr Concatenate(List<StringPiece> pieces)
    {
        var span = ParseContext.Current.Span(pieces[0].Token, pieces[^1].Token);
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
