using System.Collections.Immutable;
using DlrClosures.Syntax;
using Sprache;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// Python's expression precedence (language reference §6.17), one tier per field, loosest last:
/// primary → power → unary → term → arith → shift → &amp; → ^ → | → comparison → not → and → or
/// → conditional/lambda. Atoms, displays and trailers are in <see cref="AtomGrammar"/>.
/// </summary>
internal static class ExpressionGrammar
{
    private static readonly Parser<Expr> Primary = Rule.Ref(() => AtomGrammar.Primary);

    private static readonly Parser<Expr> UnaryRef = Rule.Ref(() => Unary);

    /// <summary><c>primary ** unary</c>: right-associative, and the exponent may be signed (<c>2**-1</c>).</summary>
    public static readonly Parser<Expr> Power =
        from left in Primary
        from right in (from op in Tokens.Op("**") from operand in Guarded(UnaryRef) select operand).Optional()
        select right.IsDefined ? new BinOpExpr(left, BinaryOperator.Pow, right.Get(), Cover(left, right.Get())) : left;

    private static readonly Parser<(Token Token, UnaryOperator Op)> UnaryOp =
        Tokens.Op("-").Select(t => (t, UnaryOperator.USub))
        .Or(Tokens.Op("+").Select(t => (t, UnaryOperator.UAdd)))
        .Or(Tokens.Op("~").Select(t => (t, UnaryOperator.Invert)));

    /// <summary>
    /// <c>-x</c>, <c>+x</c>, <c>~x</c>, looser than <c>**</c> on their right (<c>-2**2 == -4</c>). A run of
    /// signs is read iteratively, so 100,000 of them cannot exhaust the stack.
    /// </summary>
    public static readonly Parser<Expr> Unary =
        from ops in UnaryOp.Many()
        from operand in Power
        select FoldPrefix(ops.ToList(), operand, (op, inner, span) => new UnaryOpExpr(op, inner, span));

    public static readonly Parser<Expr> Term = LeftAssociative(Unary,
        Operator("*", BinaryOperator.Mult), Operator("/", BinaryOperator.Div), Operator("//", BinaryOperator.FloorDiv),
        Operator("%", BinaryOperator.Mod), Operator("@", BinaryOperator.MatMult));

    public static readonly Parser<Expr> Arith = LeftAssociative(Term,
        Operator("+", BinaryOperator.Add), Operator("-", BinaryOperator.Sub));

    public static readonly Parser<Expr> Shift = LeftAssociative(Arith,
        Operator("<<", BinaryOperator.LShift), Operator(">>", BinaryOperator.RShift));

    public static readonly Parser<Expr> BitAnd = LeftAssociative(Shift, Operator("&", BinaryOperator.BitAnd));

    public static readonly Parser<Expr> BitXor = LeftAssociative(BitAnd, Operator("^", BinaryOperator.BitXor));

    /// <summary>CPython's <c>bitwise_or</c>: the operand of comparisons, and what targets are made of.</summary>
    public static readonly Parser<Expr> BitOr = LeftAssociative(BitXor, Operator("|", BinaryOperator.BitOr));

    private static readonly Parser<CompareOperator> CompareOp =
        Tokens.Op("==").Return(CompareOperator.Eq)
        .Or(Tokens.Op("!=").Return(CompareOperator.NotEq))
        .Or(Tokens.Op("<=").Return(CompareOperator.LtE))
        .Or(Tokens.Op(">=").Return(CompareOperator.GtE))
        .Or(Tokens.Op("<").Return(CompareOperator.Lt))
        .Or(Tokens.Op(">").Return(CompareOperator.Gt))
        .Or(Tokens.Keyword("in").Return(CompareOperator.In))
        .Or(from not in Tokens.Keyword("not") from @in in Tokens.Keyword("in") select CompareOperator.NotIn)
        .Or(from @is in Tokens.Keyword("is") from not in Tokens.Keyword("not").Optional()
            select not.IsDefined ? CompareOperator.IsNot : CompareOperator.Is);

    /// <summary>A comparison chain <c>a &lt; b == c</c> is one node, as in CPython.</summary>
    public static readonly Parser<Expr> Comparison =
        from left in BitOr
        from rest in (from op in CompareOp from right in BitOr select (op, right)).Many()
        let chain = rest.ToList()
        select chain.Count == 0
            ? left
            : new CompareExpr(left, [.. chain.Select(c => c.op)], [.. chain.Select(c => c.right)], Cover(left, chain[^1].right));

    /// <summary><c>not not x</c>, read iteratively like the unary signs.</summary>
    public static readonly Parser<Expr> Not =
        from nots in Tokens.Keyword("not").Select(t => (t, UnaryOperator.Not)).Many()
        from operand in Comparison
        select FoldPrefix(nots.ToList(), operand, (op, inner, span) => new UnaryOpExpr(op, inner, span));

    public static readonly Parser<Expr> And = BooleanChain(Not, "and", BoolOperator.And);

    /// <summary>CPython's <c>disjunction</c>.</summary>
    public static readonly Parser<Expr> Or = BooleanChain(And, "or", BoolOperator.Or);

    private static readonly Parser<Expr> TestRef = Rule.Ref(() => Test);

    public static readonly Parser<Expr> Lambda =
        from keyword in Tokens.Keyword("lambda")
        from args in ArgumentGrammar.LambdaParameters
        from colon in Tokens.Op(":")
        from body in Guarded(TestRef)
        select (Expr)new LambdaExpr(args, body, SourceSpan.Cover(ParseContext.Current.Span(keyword, keyword), body.Span));

    /// <summary><c>body if test else orelse</c>; an <c>if</c> without <c>else</c> is CPython's "expected 'else'".</summary>
    private static readonly Parser<Expr> Conditional =
        from body in Or
        from rest in (
            from @if in Tokens.Keyword("if")
            from test in Or
            from orElse in (from @else in Tokens.Keyword("else") from e in Guarded(TestRef) select e)
                .Or(input => throw ParseContext.Current.Error(SyntaxMessages.ExpectedElse, SourceSpan.Cover(body.Span, test.Span)))
            select (test, orElse)).Optional()
        from @checked in rest.IsDefined ? Parse.Return(body) : NoExpressionAfter(body)
        select rest.IsDefined ? new IfExpExpr(rest.Get().test, body, rest.Get().orElse, Cover(body, rest.Get().orElse)) : body;

    /// <summary>
    /// CPython's <c>invalid_expression</c>: inside brackets, an expression followed straight by another
    /// (<c>[1 2]</c>, <c>f(a b)</c>) is "Perhaps you forgot a comma?", spanning both. The follower is
    /// parsed as a probe: with hints off (CPython's <c>expression_without_invalid</c>) and without
    /// leaving a failure position behind. <c>print</c> and <c>exec</c> are left to the legacy-statement hint.
    /// </summary>
    private static Parser<Expr> NoExpressionAfter(Expr body) => input =>
    {
        var context = ParseContext.Current;
        if (context.BracketLevel == 0 || context.HintsOff > 0 || body is NameExpr { Id: "print" or "exec" })
            return Result.Success(body, input);
        var next = Probe(TestRef, input);
        if (next is null) return Result.Success(body, input);
        throw context.Error(SyntaxMessages.ForgotComma, Cover(body, next));
    };

    /// <summary>
    /// CPython's <c>invalid_named_expression</c>, for the conditions of <c>if</c>, <c>elif</c> and
    /// <c>while</c>: <c>if x = 1:</c> suggests '==' or ':='; <c>if f() = 1:</c> is "cannot assign to
    /// function call here". Consumes nothing.
    /// </summary>
    public static Parser<Expr> NoAssignmentAfter(Expr test) => input =>
    {
        var context = ParseContext.Current;
        var value = Probe(
            from eq in Tokens.Op("=")
            from v in BitOr
            from notMore in Tokens.Op("=").Or(Tokens.Op(":=")).Not()
            select v,
            input);
        if (value is null) return Result.Success(test, input);
        if (test is NameExpr) throw context.Error(SyntaxMessages.AssignmentInCondition, Cover(test, value));
        if (test is not (ListExpr or TupleExpr or GeneratorExpExpr or Syntax.ConstantExpr { Value: bool or Runtime.PyNone }))
            throw context.Error(SyntaxMessages.CannotAssignHere(TargetValidator.KindName(test)), test.Span);
        return Result.Success(test, input);
    };

    /// <summary>Runs <paramref name="parser"/> as a hint probe: hints off, failures forgotten, errors swallowed; null unless it matched.</summary>
    public static T? Probe<T>(Parser<T> parser, IInput input) where T : class
    {
        var context = ParseContext.Current;
        int furthest = context.FurthestFailure;
        context.HintsOff++;
        try
        {
            var result = parser(input);
            return result.WasSuccessful ? result.Value : null;
        }
        catch (Runtime.Exceptions.PyException)
        {
            return null;
        }
        finally
        {
            context.HintsOff--;
            context.RestoreFailure(furthest);
        }
    }

    /// <summary>A bracketed body: <see cref="Guarded{T}"/>, and one bracket level deeper for the comma hint.</summary>
    public static Parser<T> Bracketed<T>(Parser<T> parser) => Guarded<T>(input =>
    {
        var context = ParseContext.Current;
        context.BracketLevel++;
        try
        {
            return parser(input);
        }
        finally
        {
            context.BracketLevel--;
        }
    });

    /// <summary>Parses with hints off at this level (a dict key after the first pair, where CPython prefers "':' expected").</summary>
    public static Parser<T> WithoutHints<T>(Parser<T> parser) => input =>
    {
        var context = ParseContext.Current;
        context.HintsOff++;
        try
        {
            return parser(input);
        }
        finally
        {
            context.HintsOff--;
        }
    };

    /// <summary>CPython's <c>expression</c>: the loosest tier.</summary>
    public static readonly Parser<Expr> Test = Lambda.Or(Conditional);

    /// <summary><c>*x</c> in a display, a call or a target.</summary>
    public static readonly Parser<Expr> Star =
        from star in Tokens.Op("*")
        from value in BitOr
        select (Expr)new StarredExpr(value, SourceSpan.Cover(ParseContext.Current.Span(star, star), value.Span));

    public static readonly Parser<Expr> StarOrTest = Star.Or(Test);

    /// <summary>CPython's <c>star_expressions</c>: <c>a</c>, or the tuple <c>a, *b,</c>.</summary>
    public static readonly Parser<Expr> TestListStarExpr = CommaList(StarOrTest);

    /// <summary>A <c>for</c> target: items at <c>bitwise_or</c> level so that <c>in</c> is left for the loop.</summary>
    public static readonly Parser<Expr> TargetList = CommaList(Star.Or(BitOr));

    /// <summary>Items separated by commas; one item without a comma is itself, otherwise a tuple.</summary>
    public static Parser<Expr> CommaList(Parser<Expr> item) =>
        from first in item
        from rest in (from comma in Tokens.Op(",") from next in item select next).Many()
        from trailing in Tokens.Op(",").Optional()
        let items = rest.Prepend(first).ToImmutableArray()
        select items.Length == 1 && !trailing.IsDefined
            ? first
            : new TupleExpr(items, trailing.IsDefined
                ? SourceSpan.Cover(first.Span, ParseContext.Current.Span(trailing.Get(), trailing.Get()))
                : Cover(first, items[^1]));

    /// <summary><c>item (, item)* [,]</c> as a list, for argument and parameter lists.</summary>
    public static Parser<IReadOnlyList<T>> CommaSeparated<T>(Parser<T> item) =>
        from first in item
        from rest in (from comma in Tokens.Op(",") from next in item select next).Many()
        from trailing in Tokens.Op(",").Optional()
        select (IReadOnlyList<T>)rest.Prepend(first).ToList();

    /// <summary>Counts nesting through a recursive rule and refuses to go deeper than the stack allows.</summary>
    public static Parser<T> Guarded<T>(Parser<T> parser) => input =>
    {
        var context = ParseContext.Current;
        context.Descend(input.Position);
        try
        {
            return parser(input);
        }
        finally
        {
            context.Ascend();
        }
    };

    public static SourceSpan Cover(Expr first, Expr last) => SourceSpan.Cover(first.Span, last.Span);

    private static Parser<BinaryOperator> Operator(string text, BinaryOperator op) => Tokens.Op(text).Return(op);

    private static Parser<Expr> LeftAssociative(Parser<Expr> operand, params Parser<BinaryOperator>[] operators)
    {
        var op = operators.Aggregate((a, b) => a.Or(b));
        return from first in operand
               from rest in (from o in op from right in operand select (o, right)).Many()
               let chain = CheckChainLength(rest.ToList(), first)
               select chain.Aggregate(first, (left, next) => new BinOpExpr(left, next.o, next.right, Cover(left, next.right)));
    }

    private static Parser<Expr> BooleanChain(Parser<Expr> operand, string keyword, BoolOperator op) =>
        from first in operand
        from rest in (from k in Tokens.Keyword(keyword) from next in operand select next).Many()
        let values = rest.Prepend(first).ToImmutableArray()
        select values.Length == 1 ? first : new BoolOpExpr(op, values, Cover(first, values[^1]));

    /// <summary>
    /// CPython parses <c>1+1+...+1</c> and <c>a.b.c...</c> iteratively too, but its compiler walks the
    /// left-nested tree recursively and gives up with RecursionError "maximum recursion depth exceeded
    /// during compilation" at about 3,000 levels (1,000 × COMPILER_STACK_FRAME_SCALE, less the caller's
    /// depth; from the top level 2,989 links compile and 2,990 do not). Later passes here are recursive
    /// as well, so a longer chain is refused the same way.
    /// </summary>
    public const int MaxChainLength = 2989;

    public static List<T> CheckChainLength<T>(List<T> links, Expr first)
    {
        if (links.Count <= MaxChainLength) return links;
        var error = Runtime.Exceptions.PyErrors.RecursionError(SyntaxMessages.RecursionDuringCompilation);
        error.Span = first.Span;
        throw error;
    }

    /// <summary>Applies prefix operators innermost first; a very long run is refused like deep nesting.</summary>
    private static Expr FoldPrefix(List<(Token Token, UnaryOperator Op)> ops, Expr operand, Func<UnaryOperator, Expr, SourceSpan, Expr> make)
    {
        var context = ParseContext.Current;
        // Later passes walk the tree recursively; a run longer than this would overflow them.
        if (ops.Count > ParseContext.MaxPrefixRun) throw context.Error(SyntaxMessages.TooComplex, ops[0].Token.Start, ops[0].Token.End);
        for (int i = ops.Count - 1; i >= 0; i--)
            operand = make(ops[i].Op, operand, SourceSpan.Cover(context.Span(ops[i].Token, ops[i].Token), operand.Span));
        return operand;
    }
}
