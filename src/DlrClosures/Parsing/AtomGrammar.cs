using System.Collections.Immutable;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using Sprache;
using static DlrClosures.Parsing.ExpressionGrammar;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// Atoms and primaries (language reference §6.2–6.3): names, literals, parenthesised forms, list,
/// dict and set displays with their comprehensions, and the trailers <c>(args)</c>, <c>[slice]</c>,
/// <c>.name</c>. Every bracketed body goes through <see cref="ExpressionGrammar.Guarded{T}"/>.
/// </summary>
internal static class AtomGrammar
{
    private static readonly Parser<Expr> AnyTest = Rule.Ref(() => ExpressionGrammar.Test);
    private static readonly Parser<Expr> Item = Rule.Ref(() => StarOrTest);
    private static readonly Parser<Expr> Disjunction = Rule.Ref(() => ExpressionGrammar.Or);
    private static readonly Parser<Expr> Targets = Rule.Ref(() => TargetList);

    private static readonly Parser<Expr> Name =
        Tokens.Identifier.Select(t => (Expr)new NameExpr(t.Text, Span(t)));

    private static readonly Parser<Expr> KeywordConstant =
        Constant("True", true).Or(Constant("False", false)).Or(Constant("None", PyNone.Instance));

    /// <summary><c>...</c>, the Ellipsis constant (an atom anywhere: <c>x = ...</c>, <c>d[...]</c>, <c>a[..., 1]</c>).</summary>
    private static readonly Parser<Expr> Ellipsis =
        Tokens.Op("...").Select(t => (Expr)new ConstantExpr(PyEllipsis.Instance, Span(t)));

    private static readonly Parser<Expr> Number = Tokens.Number.Select(number => (Expr)new ConstantExpr(number.Value, Span(number.Token)));

    /// <summary>One or more <c>for target in iter [if cond]...</c> clauses.</summary>
    public static readonly Parser<ImmutableArray<Comprehension>> ComprehensionClauses =
        (from @for in Tokens.Keyword("for")
         from target in Targets
         from @in in Tokens.Keyword("in")
         from iter in Disjunction
         from ifs in (from @if in Tokens.Keyword("if") from condition in Disjunction select condition).Many()
         let conditions = ifs.ToImmutableArray()
         select new Comprehension(
             TargetValidator.CheckStore(target),
             iter,
             conditions,
             SourceSpan.Cover(Span(@for), conditions.IsEmpty ? iter.Span : conditions[^1].Span)))
        .AtLeastOnce()
        .Select(clauses => clauses.ToImmutableArray());

    private static readonly Parser<Func<Token, Expr>> ParenBody =
        (from close in Tokens.Op(")") select (Func<Token, Expr>)(open => new TupleExpr([], Span(open, close))))
        .Or(from first in Item
            from rest in
                (from generators in ComprehensionClauses
                 from close in Tokens.Op(")")
                 select (Func<Token, Expr>)(open => new GeneratorExpExpr(first, generators, Span(open, close))))
                .Or(from items in (from comma in Tokens.Op(",") from next in Item select next).Many()
                    from trailing in Tokens.Op(",").Optional()
                    from close in Tokens.Op(")")
                    select (Func<Token, Expr>)(open => items.Any() || trailing.IsDefined
                        ? new TupleExpr([first, .. items], Span(open, close))
                        : first))
            select rest);

    /// <summary><c>()</c>, <c>(x)</c>, <c>(x,)</c>, <c>(x, y)</c>, <c>(x for ...)</c>.</summary>
    private static readonly Parser<Expr> Paren =
        from open in Tokens.Op("(")
        from make in Bracketed(ParenBody)
        select make(open);

    private static readonly Parser<Func<Token, Expr>> ListBody =
        (from close in Tokens.Op("]") select (Func<Token, Expr>)(open => new ListExpr([], Span(open, close))))
        .Or(from first in Item
            from rest in
                (from generators in ComprehensionClauses
                 from close in Tokens.Op("]")
                 select (Func<Token, Expr>)(open => new ListCompExpr(first, generators, Span(open, close))))
                .Or(from items in (from comma in Tokens.Op(",") from next in Item select next).Many()
                    from trailing in Tokens.Op(",").Optional()
                    from close in Tokens.Op("]")
                    select (Func<Token, Expr>)(open => new ListExpr([first, .. items], Span(open, close))))
            select rest);

    private static readonly Parser<Expr> List =
        from open in Tokens.Op("[")
        from make in Bracketed(ListBody)
        select make(open);

    /// <summary><c>key: value</c>, or <c>**mapping</c> (a null key).</summary>
    private static readonly Parser<(Expr? Key, Expr Value)> DictItem = DictItemWith(AnyTest);

    /// <summary>
    /// An item after the first pair and a comma: a key with no ':' after it is CPython's
    /// <c>invalid_kvpair</c>, "':' expected after dictionary key", at the key's last character.
    /// </summary>
    private static readonly Parser<(Expr? Key, Expr Value)> LaterDictItem =
        DictItemWith(WithoutHints(AnyTest))
        .Or(from key in WithoutHints(AnyTest)
            from never in MissingColon(key)
            select ((Expr?)null, key));

    private static Parser<(Expr? Key, Expr Value)> DictItemWith(Parser<Expr> key) =>
        (from stars in Tokens.Op("**") from value in BitOr select ((Expr?)null, value))
        .Or(from k in key
            from colon in Tokens.Op(":")
            from value in AnyTest.Or(input => throw MissingValue(input, colon))
            select ((Expr?)k, value));

    /// <summary><c>{1: }</c>: "expression expected after dictionary key and ':'" at the colon, when '}' or ',' follows.</summary>
    private static PyException MissingValue(IInput input, Token colon)
    {
        int next = Tokens.Blanks(input).Remainder.Position;
        if (next < input.Source.Length && input.Source[next] is '}' or ',')
            return ParseContext.Current.Error(SyntaxMessages.ExpressionExpectedAfterKey, colon.Start, colon.End);
        return ParseContext.Current.Error(SyntaxMessages.InvalidSyntax, CompoundStatementGrammar.WordSpan(ParseContext.Current.Logical, next));
    }

    private static Parser<(Expr?, Expr)> MissingColon(Expr key) => input =>
    {
        var logical = ParseContext.Current.Logical;
        var at = logical.Source.Span(Math.Max(key.Span.Start, key.Span.End - 1), key.Span.End);
        throw ParseContext.Current.Error(SyntaxMessages.ColonExpectedAfterKey, at);
    };

    private static readonly Parser<Func<Token, Expr>> DictRest =
        from first in DictItem
        from rest in
            (from generators in ComprehensionClauses
             from close in Tokens.Op("}")
             where first.Key is not null
             select (Func<Token, Expr>)(open => new DictCompExpr(first.Key!, first.Value, generators, Span(open, close))))
            .Or(from items in (from comma in Tokens.Op(",") from close in Tokens.Op("}").Not() from next in LaterDictItem select next).Many()
                from trailing in Tokens.Op(",").Optional()
                from close in Tokens.Op("}")
                let all = items.Prepend(first).ToList()
                select (Func<Token, Expr>)(open => new DictExpr([.. all.Select(i => i.Key)], [.. all.Select(i => i.Value)], Span(open, close))))
        select rest;

    private static readonly Parser<Func<Token, Expr>> SetRest =
        from first in Item
        from rest in
            (from generators in ComprehensionClauses
             from close in Tokens.Op("}")
             select (Func<Token, Expr>)(open => new SetCompExpr(first, generators, Span(open, close))))
            .Or(from items in (from comma in Tokens.Op(",") from next in Item select next).Many()
                from trailing in Tokens.Op(",").Optional()
                from close in Tokens.Op("}")
                select (Func<Token, Expr>)(open => new SetExpr([first, .. items], Span(open, close))))
        select rest;

    /// <summary><c>{}</c> is a dict; <c>{a: b}</c> and <c>{**d}</c> are dicts; <c>{a}</c> is a set.</summary>
    private static readonly Parser<Expr> Braces =
        from open in Tokens.Op("{")
        from make in Bracketed(
            (from close in Tokens.Op("}") select (Func<Token, Expr>)(o => new DictExpr([], [], Span(o, close))))
            .Or(DictRest)
            .Or(SetRest))
        select make(open);

    public static readonly Parser<Expr> Atom =
        StringGrammar.Strings.Or(Number).Or(KeywordConstant).Or(Name).Or(Paren).Or(List).Or(Braces).Or(Ellipsis);

    /// <summary><c>[lower]:[upper][:[step]]</c>.</summary>
    private static readonly Parser<Expr> Slice =
        from start in StringGrammar.Position
        from lower in AnyTest.Optional()
        from colon in Tokens.Op(":")
        from upper in AnyTest.Optional()
        from step in (from colon2 in Tokens.Op(":") from s in AnyTest.Optional() select (colon2, s)).Optional()
        from end in StringGrammar.Position
        select (Expr)new SliceExpr(
            lower.GetOrDefault(), upper.GetOrDefault(), step.IsDefined ? step.Get().s.GetOrDefault() : null,
            Span(lower.IsDefined ? lower.Get().Span : Span(colon), end));

    private static readonly Parser<Expr> Subscript = CommaList(Slice.Or(Item));

    private static readonly Parser<Func<Expr, Expr>> Trailer =
        (from open in Tokens.Op("(")
         from args in Bracketed(ArgumentGrammar.CallArguments)
         from close in Tokens.Op(")")
         select (Func<Expr, Expr>)(f => new CallExpr(f, args.Args, args.Keywords, SourceSpan.Cover(f.Span, Span(close)))))
        .Or(from open in Tokens.Op("[")
            from index in Bracketed(Subscript)
            from close in Tokens.Op("]")
            select (Func<Expr, Expr>)(v => new SubscriptExpr(v, index, SourceSpan.Cover(v.Span, Span(close)))))
        .Or(from dot in Tokens.Op(".")
            from name in Tokens.Identifier
            select (Func<Expr, Expr>)(v => new AttributeExpr(v, name.Text, SourceSpan.Cover(v.Span, Span(name)))));

    /// <summary>An atom followed by any number of trailers, applied left to right.</summary>
    public static readonly Parser<Expr> Primary =
        from atom in Atom
        from trailers in Trailer.Many()
        let chain = CheckChainLength(trailers.ToList(), atom)
        select chain.Aggregate(atom, (value, trailer) => trailer(value));

    private static Parser<Expr> Constant(string keyword, object value) =>
        Tokens.Keyword(keyword).Select(t => (Expr)new ConstantExpr(value, Span(t)));

    private static SourceSpan Span(Token token) => ParseContext.Current.Span(token, token);

    private static SourceSpan Span(Token first, Token last) => ParseContext.Current.Span(first, last);

    private static SourceSpan Span(SourceSpan first, int logicalEnd)
    {
        var end = ParseContext.Current.Span(logicalEnd, logicalEnd);
        return new SourceSpan(first.Start, end.Start, first.Line, first.Column, end.Line, end.Column);
    }
}
