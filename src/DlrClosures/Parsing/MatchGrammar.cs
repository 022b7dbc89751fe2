using System.Collections.Immutable;
using DlrClosures.Runtime;
using DlrClosures.Syntax;
using Sprache;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// The <c>match</c> statement's patterns (language reference §8.6, CPython's grammar rules from
/// <c>patterns</c> down to <c>class_pattern</c>). <c>match</c>, <c>case</c> and <c>_</c> are soft
/// keywords: names everywhere else, so the statement rule in <see cref="CompoundStatementGrammar"/>
/// tries a match statement where a line starts with <c>match</c> and reads an ordinary statement
/// when that fails.
/// </summary>
internal static class MatchGrammar
{
    private static readonly Parser<Pattern> PatternRef = Rule.Ref(() => Pattern);
    private static readonly Parser<Pattern> ClosedRef = Rule.Ref(() => Closed);

    /// <summary>A signed real or complex number: <c>1</c>, <c>-1.5</c>, <c>1+2j</c>, <c>-1-2j</c>.</summary>
    private static readonly Parser<Expr> SignedNumber =
        from minus in Tokens.Op("-").Optional()
        from number in Tokens.Number
        let real = Negate(minus, new ConstantExpr(number.Value, Span(number.Token, number.Token)))
        from imaginary in
            (from sign in Tokens.Op("+").Or(Tokens.Op("-"))
             from part in Tokens.Number
             select (sign, part)).Optional()
        select imaginary.IsDefined
            ? new BinOpExpr(real, imaginary.Get().sign.Text == "+" ? BinaryOperator.Add : BinaryOperator.Sub,
                new ConstantExpr(imaginary.Get().part.Value, Span(imaginary.Get().part.Token, imaginary.Get().part.Token)),
                SourceSpan.Cover(real.Span, Span(imaginary.Get().part.Token, imaginary.Get().part.Token)))
            : real;

    private static Expr Negate(IOption<Token> minus, ConstantExpr value) =>
        minus.IsDefined ? new UnaryOpExpr(UnaryOperator.USub, value, SourceSpan.Cover(Span(minus.Get(), minus.Get()), value.Span)) : value;

    /// <summary>A literal usable as a value or a mapping key: a number, strings, or None/True/False.</summary>
    private static readonly Parser<Expr> Literal =
        SignedNumber
        .Or(StringGrammar.Strings)
        .Or(from t in Tokens.Keyword("None") select (Expr)new ConstantExpr(PyNone.Instance, Span(t, t)))
        .Or(from t in Tokens.Keyword("True") select (Expr)new ConstantExpr(true, Span(t, t)))
        .Or(from t in Tokens.Keyword("False") select (Expr)new ConstantExpr(false, Span(t, t)));

    /// <summary><c>a.b.c</c> as nested attributes (one dot at least), or a bare name.</summary>
    private static readonly Parser<Expr> NameOrAttribute =
        from first in Tokens.Identifier
        from rest in (from dot in Tokens.Op(".") from name in Tokens.Identifier select name).Many()
        select rest.Aggregate((Expr)new NameExpr(first.Text, Span(first, first)),
            (value, name) => new AttributeExpr(value, name.Text, SourceSpan.Cover(value.Span, Span(name, name))));

    private static readonly Parser<Pattern> LiteralPattern =
        from value in Literal
        select value is ConstantExpr { Value: bool or PyNone } singleton
            ? (Pattern)new MatchSingletonPattern(singleton.Value, singleton.Span)
            : value is JoinedStrExpr
                ? throw ParseContext.Current.Error("patterns may only match literals and attribute lookups", value.Span)
                : new MatchValuePattern(value, value.Span);

    /// <summary><c>name</c>, <c>_</c>, <c>a.b</c> (a value), or a class pattern <c>a.b(...)</c>.</summary>
    private static readonly Parser<Pattern> NamePattern = input =>
    {
        var name = NameOrAttribute(input);
        if (!name.WasSuccessful) return Result.Failure<Pattern>(name.Remainder, name.Message, name.Expectations);
        var table = Dispatch.Table(input);
        int p = table.SkipBlanks(name.Remainder.Position);
        if (Dispatch.OperatorAt(table, p) == "(") return ClassArguments(name.Value)(name.Remainder);
        var pattern = name.Value switch
        {
            NameExpr { Id: "_" } wildcard => new MatchAsPattern(null, null, wildcard.Span),
            NameExpr capture => new MatchAsPattern(null, capture.Id, capture.Span),
            var value => (Pattern)new MatchValuePattern(value, value.Span),
        };
        return Result.Success(pattern, name.Remainder);
    };

    private sealed record ClassArgument(string? Keyword, Pattern Pattern);

    private static readonly Parser<ClassArgument> ClassArgumentItem =
        (from name in Tokens.Identifier
         from eq in Tokens.Op("=")
         from pattern in PatternRef
         select new ClassArgument(name.Text, pattern))
        .Or(from pattern in PatternRef select new ClassArgument(null, pattern));

    /// <summary><c>Cls(p, q, attr=r)</c>: positional patterns first, then keyword patterns.</summary>
    private static Parser<Pattern> ClassArguments(Expr cls) =>
        from open in Tokens.Op("(")
        from items in ExpressionGrammar.CommaSeparated(ClassArgumentItem).Optional()
        from close in Tokens.Op(")")
        select ClassPattern(cls, items.GetOrElse([]), close);

    private static Pattern ClassPattern(Expr cls, IReadOnlyList<ClassArgument> items, Token close)
    {
        var positional = ImmutableArray.CreateBuilder<Pattern>();
        var names = ImmutableArray.CreateBuilder<string>();
        var keywords = ImmutableArray.CreateBuilder<Pattern>();
        foreach (var item in items)
        {
            if (item.Keyword is null)
            {
                if (names.Count > 0) throw ParseContext.Current.Error("positional patterns follow keyword patterns", item.Pattern.Span);
                positional.Add(item.Pattern);
            }
            else
            {
                names.Add(item.Keyword);
                keywords.Add(item.Pattern);
            }
        }
        return new MatchClassPattern(cls, positional.ToImmutable(), names.ToImmutable(), keywords.ToImmutable(),
            SourceSpan.Cover(cls.Span, Span(close, close)));
    }

    /// <summary><c>*name</c> or <c>*_</c>.</summary>
    private static readonly Parser<Pattern> StarPattern =
        from star in Tokens.Op("*")
        from name in Tokens.Identifier
        select (Pattern)new MatchStarPattern(name.Text == "_" ? null : name.Text, Span(star, name));

    private static readonly Parser<Pattern> MaybeStar = Dispatch.On((table, p) => Dispatch.OperatorAt(table, p) == "*" ? StarPattern : PatternRef);

    /// <summary><c>[p, *q]</c>.</summary>
    private static readonly Parser<Pattern> ListPattern =
        from open in Tokens.Op("[")
        from items in ExpressionGrammar.CommaSeparated(MaybeStar).Optional()
        from close in Tokens.Op("]")
        select (Pattern)new MatchSequencePattern([.. items.GetOrElse([])], Span(open, close));

    /// <summary><c>()</c>, <c>(p)</c> (a group: the pattern itself) or <c>(p,)</c>, <c>(p, q)</c> (a sequence).</summary>
    private static readonly Parser<Pattern> ParenPattern = input =>
    {
        var open = Tokens.Op("(")(input);
        if (!open.WasSuccessful) return Result.Failure<Pattern>(open.Remainder, open.Message, open.Expectations);
        var empty = Tokens.Op(")")(open.Remainder);
        if (empty.WasSuccessful) return Result.Success<Pattern>(new MatchSequencePattern([], Span(open.Value, empty.Value)), empty.Remainder);
        var first = MaybeStar(open.Remainder);
        if (!first.WasSuccessful) return first;
        var (items, trailing, rest) = ExpressionGrammar.Continue(MaybeStar, first);
        var close = Tokens.Op(")")(rest);
        if (!close.WasSuccessful) return Result.Failure<Pattern>(close.Remainder, close.Message, close.Expectations);
        if (items is null && trailing is null && first.Value is not MatchStarPattern) return Result.Success(first.Value, close.Remainder);
        return Result.Success<Pattern>(new MatchSequencePattern([first.Value, .. items ?? []], Span(open.Value, close.Value)), close.Remainder);
    };

    private sealed record MappingItem(Expr? Key, Pattern? Pattern, string? Rest);

    private static readonly Parser<MappingItem> MappingEntry =
        (from stars in Tokens.Op("**") from name in Tokens.Identifier select new MappingItem(null, null, name.Text))
        .Or(from key in Literal.Or(NameOrAttribute.Where(k => k is AttributeExpr))
            from colon in Tokens.Op(":")
            from pattern in PatternRef
            select new MappingItem(key, pattern, null));

    /// <summary><c>{key: p, **rest}</c>; <c>**rest</c> only last.</summary>
    private static readonly Parser<Pattern> MappingPattern =
        from open in Tokens.Op("{")
        from items in ExpressionGrammar.CommaSeparated(MappingEntry).Optional()
        from close in Tokens.Op("}")
        select Mapping(items.GetOrElse([]), Span(open, close));

    private static Pattern Mapping(IReadOnlyList<MappingItem> items, SourceSpan span)
    {
        string? rest = null;
        var keys = ImmutableArray.CreateBuilder<Expr>();
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Rest is not null)
            {
                // '**rest' must come last, and '**_' is not a capture (CPython: "invalid syntax").
                if (i != items.Count - 1 || item.Rest == "_") throw ParseContext.Current.Error(SyntaxMessages.InvalidSyntax, span);
                rest = item.Rest;
                continue;
            }
            keys.Add(item.Key!);
            patterns.Add(item.Pattern!);
        }
        return new MatchMappingPattern(keys.ToImmutable(), patterns.ToImmutable(), rest, span);
    }

    /// <summary>CPython's <c>closed_pattern</c>, chosen by its first token.</summary>
    private static readonly Parser<Pattern> Closed = Dispatch.On((table, p) =>
    {
        if (Tokens.StringStartsAt(table.Text, p)) return LiteralPattern.Or(NamePattern);
        if (table.NameAt(p, out _, out string word, out bool isKeyword))
            return word is "None" or "True" or "False" ? LiteralPattern : isKeyword ? null : NamePattern;
        return Dispatch.OperatorAt(table, p) switch
        {
            "(" => ParenPattern,
            "[" => ListPattern,
            "{" => MappingPattern,
            "-" => LiteralPattern,
            _ when p < table.Text.Length && (char.IsAsciiDigit(table.Text[p]) || table.Text[p] == '.') => LiteralPattern,
            _ => null,
        };
    });

    /// <summary><c>p | q | r</c>.</summary>
    private static readonly Parser<Pattern> OrPattern =
        from first in ClosedRef
        from rest in (from bar in Tokens.Op("|") from next in ClosedRef select next).Many()
        let all = rest.Prepend(first).ToImmutableArray()
        select all.Length == 1 ? first : new MatchOrPattern(all, SourceSpan.Cover(first.Span, all[^1].Span));

    /// <summary>CPython's <c>pattern</c>: an or-pattern, optionally <c>as name</c>.</summary>
    public static readonly Parser<Pattern> Pattern =
        from pattern in OrPattern
        from name in (from @as in Tokens.Keyword("as") from n in Tokens.Identifier select n).Optional()
        select name.IsDefined ? AsPattern(pattern, name.Get()) : pattern;

    private static Pattern AsPattern(Pattern pattern, Token name)
    {
        var span = Span(name, name);
        if (name.Text == "_") throw ParseContext.Current.Error("cannot use '_' as a target", span);
        return new MatchAsPattern(pattern, name.Text, SourceSpan.Cover(pattern.Span, span));
    }

    /// <summary>CPython's <c>patterns</c>: an open sequence <c>a, *b</c> (a sequence pattern) or one pattern.</summary>
    public static readonly Parser<Pattern> Patterns = input =>
    {
        var first = MaybeStar(input);
        if (!first.WasSuccessful) return first;
        var (items, trailing, rest) = ExpressionGrammar.Continue(MaybeStar, first);
        if (items is null && trailing is null)
        {
            return first.Value is MatchStarPattern
                ? Result.Failure<Pattern>(first.Remainder, "a star pattern outside a sequence", [])
                : first;
        }
        var all = ImmutableArray.Create(first.Value).AddRange(items ?? []);
        return Result.Success<Pattern>(new MatchSequencePattern(all, SourceSpan.Cover(first.Value.Span, all[^1].Span)), rest);
    };

    private static SourceSpan Span(Token first, Token last) => ParseContext.Current.Span(first, last);
}
