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
    /// <summary><c>primary ** unary</c> (<see cref="OperatorTiers"/> reads the operator tiers).</summary>
    public static readonly Parser<Expr> Power = OperatorTiers.Power;

    public static readonly Parser<Expr> Unary = OperatorTiers.Unary;

    public static readonly Parser<Expr> Term = OperatorTiers.Term;

    public static readonly Parser<Expr> Arith = OperatorTiers.Arith;

    public static readonly Parser<Expr> Shift = OperatorTiers.Shift;

    public static readonly Parser<Expr> BitAnd = OperatorTiers.BitAnd;

    public static readonly Parser<Expr> BitXor = OperatorTiers.BitXor;

    /// <summary>CPython's <c>bitwise_or</c>: the operand of comparisons, and what targets are made of.</summary>
    public static readonly Parser<Expr> BitOr = OperatorTiers.BitOr;

    /// <summary>A comparison chain <c>a &lt; b == c</c> is one node, as in CPython.</summary>
    public static readonly Parser<Expr> Comparison = OperatorTiers.Comparison;

    public static readonly Parser<Expr> Not = OperatorTiers.Not;

    public static readonly Parser<Expr> And = OperatorTiers.And;

    /// <summary>CPython's <c>disjunction</c>.</summary>
    public static readonly Parser<Expr> Or = OperatorTiers.Or;

    private static readonly Parser<Expr> TestRef = Rule.Ref(() => Test);

    private static readonly Parser<Expr> GuardedTestRef = Guarded(TestRef);

    private static readonly Parser<Token> LambdaKeyword = Tokens.Keyword("lambda"), LambdaColon = Tokens.Op(":"), StarToken = Tokens.Op("*");

    public static readonly Parser<Expr> Lambda = input =>
    {
        var keyword = LambdaKeyword(input);
        if (!keyword.WasSuccessful) return keyword.As<Expr, Token>();
        var args = ArgumentGrammar.LambdaParameters(keyword.Remainder);
        if (!args.WasSuccessful) return args.As<Expr, Arguments>();
        var colon = LambdaColon(args.Remainder);
        if (!colon.WasSuccessful) return colon.As<Expr, Token>();
        var body = GuardedTestRef(colon.Remainder);
        if (!body.WasSuccessful) return body;
        var span = SourceSpan.Cover(ParseContext.Current.Span(keyword.Value, keyword.Value), body.Value.Span);
        return Result.Success<Expr>(new LambdaExpr(args.Value, body.Value, span), body.Remainder);
    };

    private static readonly Parser<Expr> GuardedTest = Guarded(TestRef);

    /// <summary>
    /// <c>body if test else orelse</c>; an <c>if</c> without <c>else</c> is CPython's "expected 'else'".
    /// Read as the rule <c>body [if test (else orelse | error)]</c> followed by the comma hint, deciding
    /// on the keywords.
    /// </summary>
    private static readonly Parser<Expr> Conditional = input =>
    {
        var body = Or(input);
        if (!body.WasSuccessful) return body;
        var context = ParseContext.Of(input);
        var table = Dispatch.Table(input);
        var rest = body.Remainder;
        int p = table.SkipBlanks(rest.Position);
        if (Dispatch.WordAt(table, p) == "if")
        {
            var test = Or(LogicalInput.Jump(rest, p + 2));
            if (test.WasSuccessful)
            {
                int q = table.SkipBlanks(test.Remainder.Position);
                if (Dispatch.WordAt(table, q) == "else")
                {
                    var orElse = GuardedTest(LogicalInput.Jump(test.Remainder, q + 4));
                    if (orElse.WasSuccessful)
                    {
                        return Result.Success<Expr>(
                            new IfExpExpr(test.Value, body.Value, orElse.Value, Cover(body.Value, orElse.Value)), orElse.Remainder);
                    }
                }
                context.NoteFailure(q);
                throw context.Error(SyntaxMessages.ExpectedElse, SourceSpan.Cover(body.Value.Span, test.Value.Span));
            }
        }
        else
        {
            context.NoteFailure(p);
        }
        return NoExpressionAfter(body.Value, rest);
    };

    /// <summary>
    /// CPython's <c>invalid_expression</c>: inside brackets, an expression followed straight by another
    /// (<c>[1 2]</c>, <c>f(a b)</c>) is "Perhaps you forgot a comma?", spanning both. The follower is
    /// parsed as a probe: with hints off (CPython's <c>expression_without_invalid</c>) and without
    /// leaving a failure position behind. <c>print</c> and <c>exec</c> are left to the legacy-statement hint.
    /// </summary>
    private static IResult<Expr> NoExpressionAfter(Expr body, IInput input)
    {
        var context = ParseContext.Of(input);
        if (context.BracketLevel == 0 || context.HintsOff > 0 || body is NameExpr { Id: "print" or "exec" })
            return Result.Success(body, input);
        var next = Probe(TestRef, input);
        if (next is null) return Result.Success(body, input);
        throw context.Error(SyntaxMessages.ForgotComma, Cover(body, next));
    }

    /// <summary>
    /// CPython's <c>invalid_named_expression</c>, for the conditions of <c>if</c>, <c>elif</c> and
    /// <c>while</c>: <c>if x = 1:</c> suggests '==' or ':='; <c>if f() = 1:</c> is "cannot assign to
    /// function call here". Raises or returns; consumes nothing.
    /// </summary>
    public static void CheckNoAssignmentAfter(Expr test, IInput input)
    {
        var context = ParseContext.Of(input);
        // The probe starts with '=': without one it fails at once, and a probe leaves no trace.
        var table = Dispatch.Table(input);
        if (Dispatch.OperatorAt(table, table.SkipBlanks(input.Position)) != "=") return;
        var value = Probe(
            from eq in Tokens.Op("=")
            from v in BitOr
            from notMore in Tokens.Op("=").Or(Tokens.Op(":=")).Not()
            select v,
            input);
        if (value is null) return;
        if (test is NameExpr) throw context.Error(SyntaxMessages.AssignmentInCondition, Cover(test, value));
        if (test is not (ListExpr or TupleExpr or GeneratorExpExpr or Syntax.ConstantExpr { Value: bool or Runtime.PyNone }))
            throw context.Error(SyntaxMessages.CannotAssignHere(TargetValidator.KindName(test)), test.Span);
    }

    /// <summary>Runs <paramref name="parser"/> as a hint probe: hints off, failures forgotten, errors swallowed; null unless it matched.</summary>
    public static T? Probe<T>(Parser<T> parser, IInput input) where T : class
    {
        var context = ParseContext.Of(input);
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
        var context = ParseContext.Of(input);
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
        var context = ParseContext.Of(input);
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
    public static readonly Parser<Expr> Test = Dispatch.On((table, p) => Dispatch.WordAt(table, p) == "lambda" ? Lambda : Conditional);

    /// <summary><c>*x</c> in a display, a call or a target.</summary>
    public static readonly Parser<Expr> Star = input =>
    {
        var star = StarToken(input);
        if (!star.WasSuccessful) return star.As<Expr, Token>();
        var value = BitOr(star.Remainder);
        if (!value.WasSuccessful) return value;
        return Result.Success<Expr>(new StarredExpr(value.Value, SourceSpan.Cover(ParseContext.Current.Span(star.Value, star.Value), value.Value.Span)), value.Remainder);
    };

    public static readonly Parser<Expr> StarOrTest = Dispatch.On((table, p) => Dispatch.OperatorAt(table, p) == "*" ? Star : Test);

    /// <summary>
    /// CPython's <c>named_expression</c>: <c>name := value</c> (decided by the name and the <c>:=</c>
    /// after it), else an expression, which must not be followed by <c>:=</c> (<c>a.b := 1</c> is
    /// "cannot use assignment expressions with attribute").
    /// </summary>
    public static readonly Parser<Expr> NamedExpression = Dispatch.On((table, p) =>
        table.NameAt(p, out int end, out _, out bool isKeyword) && !isKeyword && Dispatch.OperatorAt(table, table.SkipBlanks(end)) == ":="
            ? Walrus
            : TestNotWalrus);

    private static readonly Parser<Expr> Walrus =
        from name in Tokens.Identifier
        from op in Tokens.Op(":=")
        from value in GuardedTestRef
        let target = new NameExpr(name.Text, ParseContext.Current.Span(name, name))
        select (Expr)new NamedExpr(target, value, SourceSpan.Cover(target.Span, value.Span));

    private static readonly Parser<Expr> TestNotWalrus = input =>
    {
        var test = TestRef(input);
        if (!test.WasSuccessful) return test;
        var context = ParseContext.Of(input);
        if (context.HintsOff == 0)
        {
            var table = Dispatch.Table(input);
            if (Dispatch.OperatorAt(table, table.SkipBlanks(test.Remainder.Position)) == ":=")
                throw context.Error(SyntaxMessages.CannotUseAssignmentExpression(TargetValidator.KindName(test.Value)), test.Value.Span);
        }
        return test;
    };

    /// <summary>CPython's <c>star_named_expression</c>: an item of a display or a subscript.</summary>
    public static readonly Parser<Expr> StarOrNamed = Dispatch.On((table, p) => Dispatch.OperatorAt(table, p) == "*" ? Star : NamedExpression);

    private static readonly Parser<Expr> YieldValues = Rule.Ref(() => TestListStarExpr);

    /// <summary>
    /// CPython's <c>yield_expr</c>: <c>yield from value</c>, or <c>yield</c> with an optional
    /// <c>star_expressions</c> (a tuple when there are commas).
    /// </summary>
    public static readonly Parser<Expr> Yield = input =>
    {
        var keyword = Tokens.Keyword("yield")(input);
        if (!keyword.WasSuccessful) return Result.Failure<Expr>(keyword.Remainder, keyword.Message, keyword.Expectations);
        var context = ParseContext.Of(input);
        var head = context.Span(keyword.Value, keyword.Value);
        var rest = keyword.Remainder;
        var table = Dispatch.Table(rest);
        int p = table.SkipBlanks(rest.Position);
        if (Dispatch.WordAt(table, p) == "from")
        {
            var source = GuardedTestRef(LogicalInput.Jump(rest, p + 4));
            if (!source.WasSuccessful) return source;
            return Result.Success<Expr>(new YieldFromExpr(source.Value, SourceSpan.Cover(head, source.Value.Span)), source.Remainder);
        }
        context.NoteFailure(p);
        var value = YieldValues(rest);
        if (!value.WasSuccessful) return Result.Success<Expr>(new YieldExpr(null, head), rest);
        return Result.Success<Expr>(new YieldExpr(value.Value, SourceSpan.Cover(head, value.Value.Span)), value.Remainder);
    };

    /// <summary>The right-hand side of an assignment: a <c>yield</c> expression or <c>star_expressions</c>.</summary>
    public static readonly Parser<Expr> YieldOrTestList = Dispatch.On((table, p) => Dispatch.WordAt(table, p) == "yield" ? Yield : TestListStarExpr);

    /// <summary>CPython's <c>star_expressions</c>: <c>a</c>, or the tuple <c>a, *b,</c>.</summary>
    public static readonly Parser<Expr> TestListStarExpr = CommaList(StarOrTest);

    /// <summary>A <c>for</c> target: items at <c>bitwise_or</c> level so that <c>in</c> is left for the loop.</summary>
    public static readonly Parser<Expr> TargetList = CommaList(Star.Or(BitOr));

    /// <summary>Items separated by commas; one item without a comma is itself, otherwise a tuple.</summary>
    public static Parser<Expr> CommaList(Parser<Expr> item) => input =>
    {
        var first = item(input);
        if (!first.WasSuccessful) return first;
        var (items, trailing, rest) = Continue(item, first);
        if (items is null && trailing is null) return first;
        var context = ParseContext.Of(input);
        ImmutableArray<Expr> all = items is null ? [first.Value] : [first.Value, .. items];
        var span = trailing is { } comma
            ? SourceSpan.Cover(first.Value.Span, context.Span(comma, comma + 1))
            : Cover(first.Value, all[^1]);
        return Result.Success<Expr>(new TupleExpr(all, span), rest);
    };

    /// <summary><c>item (, item)* [,]</c> as a list, for argument and parameter lists.</summary>
    public static Parser<IReadOnlyList<T>> CommaSeparated<T>(Parser<T> item) => input =>
    {
        var first = item(input);
        if (!first.WasSuccessful) return Result.Failure<IReadOnlyList<T>>(first.Remainder, first.Message, first.Expectations);
        var (items, _, rest) = Continue(item, first);
        return Result.Success<IReadOnlyList<T>>(items is null ? [first.Value] : [first.Value, .. items], rest);
    };

    /// <summary>
    /// After the first item: <c>(, item)*</c> then an optional <c>,</c>. A comma whose item fails is the
    /// trailing comma, as Sprache's <c>Many</c> then <c>Optional</c> read it. Returns the further items
    /// (null if none), the trailing comma's logical position (null if none), and the rest.
    /// </summary>
    public static (List<T>? Items, int? Trailing, IInput Remainder) Continue<T>(Parser<T> item, IResult<T> first)
    {
        var context = ParseContext.Of(first.Remainder);
        List<T>? items = null;
        var rest = first.Remainder;
        var table = Dispatch.Table(rest);
        while (true)
        {
            int p = table.SkipBlanks(rest.Position);
            if (Dispatch.OperatorAt(table, p) != ",")
            {
                context.NoteFailure(p);
                return (items, null, rest);
            }
            var next = item(LogicalInput.Jump(rest, p + 1));
            if (!next.WasSuccessful) return (items, p, LogicalInput.Jump(rest, p + 1));
            (items ??= []).Add(next.Value);
            rest = next.Remainder;
        }
    }

    /// <summary>Counts nesting through a recursive rule and refuses to go deeper than the stack allows.</summary>
    public static Parser<T> Guarded<T>(Parser<T> parser) => input =>
    {
        var context = ParseContext.Of(input);
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
        CheckChainLength(links.Count, first);
        return links;
    }

    /// <summary>Refuses a chain of <paramref name="length"/> links that starts with <paramref name="first"/> when it is longer than <see cref="MaxChainLength"/>.</summary>
    public static void CheckChainLength(int length, Expr first)
    {
        if (length <= MaxChainLength) return;
        var error = Runtime.Exceptions.PyErrors.RecursionError(SyntaxMessages.RecursionDuringCompilation);
        error.Span = first.Span;
        throw error;
    }
}
