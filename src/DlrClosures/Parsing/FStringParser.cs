using System.Collections.Immutable;
using DlrClosures.Syntax;
using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// The inside of an f-string (language reference §2.4.3, CPython 3.11's <c>fstring_find_expr</c>):
/// literal text with <c>{{</c>/<c>}}</c> escapes, and replacement fields
/// <c>{expression[=][!conversion][:format_spec]}</c> whose spec may itself hold fields. Fields are
/// parsed by the expression grammar in place, so their spans are positions in the original file.
/// </summary>
internal static class FStringParser
{
    private static readonly Parser<Expr> FieldExpression = Parse.Ref(() => ExpressionGrammar.TestListStarExpr);

    private static readonly Parser<char> Conversion =
        from bang in Tokens.Op("!")
        from c in Parse.Chars('r', 's', 'a')
        select c;

    private static readonly Parser<Expr> Field =
        from open in StringGrammar.Position.Then(p => Parse.Char('{').Return(p))
        from value in FieldExpression
        from debug in Tokens.Op("=").Optional()
        from conversion in Conversion.Optional()
        from spec in (from colon in Tokens.Op(":") from s in Spec select s).Optional()
        from close in Tokens.Op("}")
        select MakeField(open, value, debug, conversion, spec, close);

    private static readonly Parser<Expr> SpecLiteral =
        from start in StringGrammar.Position
        from text in Parse.CharExcept("{}").AtLeastOnce().Text()
        from end in StringGrammar.Position
        select (Expr)new ConstantExpr(text, ParseContext.Current.Span(start, end));

    private static readonly Parser<Expr> Spec =
        from start in StringGrammar.Position
        from parts in SpecLiteral.Or(Parse.Ref(() => Field)).Many()
        from end in StringGrammar.Position
        select (Expr)new JoinedStrExpr(Flatten(parts), ParseContext.Current.Span(start, end));

    /// <summary>The body after the opening delimiter, through the closing one.</summary>
    public static Parser<ImmutableArray<Expr>> Body(string quote, bool isRaw)
    {
        var literalChunk =
            Parse.String("{{").Return("{")
            .Or(Parse.String("}}").Return("}"))
            .Or(from backslash in Parse.Char('\\') from c in Parse.CharExcept("{}") select "\\" + c)
            .Or(Parse.AnyChar.Except(Parse.String(quote)).Except(Parse.Chars('{', '}')).Select(c => c.ToString()));
        var literal =
            from start in StringGrammar.Position
            from raw in literalChunk.AtLeastOnce().Select(string.Concat)
            from end in StringGrammar.Position
            select (Expr)new ConstantExpr(
                StringGrammar.DecodeOrThrow(raw, isRaw, new Token("", start, end), end), ParseContext.Current.Span(start, end));
        return from parts in literal.Or(Field).Many()
               from close in Parse.String(quote)
               select Flatten(parts);
    }

    /// <summary>A debug field (<c>{x=}</c>) yields two parts; they join the surrounding list.</summary>
    private static ImmutableArray<Expr> Flatten(IEnumerable<Expr> parts) =>
        [.. parts.SelectMany(p => p is JoinedStrExpr joined ? joined.Values : [p])];

    private static Expr MakeField(int open, Expr value, IOption<Token> debug, IOption<char> conversion, IOption<Expr> spec, Token close)
    {
        var context = ParseContext.Current;
        var span = context.Span(open, close.End);
        var formatted = new FormattedValueExpr(
            value,
            conversion.IsDefined ? conversion.Get() : debug.IsDefined && !spec.IsDefined ? 'r' : '\0',
            spec.GetOrDefault(),
            span);
        if (!debug.IsDefined) return formatted;
        // f'{x=}' is the text "x=" followed by the value's repr (CPython 3.8+, fstring_find_expr).
        string text = context.Logical.Text[(open + 1)..debug.Get().End];
        return new JoinedStrExpr([new ConstantExpr(text, span), formatted], span);
    }
}
