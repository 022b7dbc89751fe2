using System.Collections.Immutable;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using Sprache;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// Compound statements (language reference §8) and the module. A block is either the rest of the
/// header's line or NEWLINE INDENT statements DEDENT, using the layout pass's markers. The missing
/// ':' and the missing indented block are reported as CPython's <c>invalid_*</c> rules do.
/// </summary>
internal static class CompoundStatementGrammar
{
    private static readonly Parser<Expr> Test = Rule.Ref(() => ExpressionGrammar.Test);
    private static readonly Parser<Expr> Named = Rule.Ref(() => ExpressionGrammar.NamedExpression);
    private static readonly Parser<Expr> TestList = Rule.Ref(() => ExpressionGrammar.TestListStarExpr);
    private static readonly Parser<IEnumerable<Stmt>> StatementRef = Rule.Ref(() => Statement);

    /// <summary>
    /// The ':' ending a header. CPython's grammar forces it after <c>def</c>, <c>try</c>, <c>else</c>
    /// and <c>finally</c> (<c>&amp;&amp;':'</c>) and reports "expected ':'" for the others only when the
    /// line ends there.
    /// </summary>
    private static readonly Parser<Token> ForcedColon = Colon(forced: true), OptionalColon = Colon(forced: false);

    private static readonly Parser<ImmutableArray<Stmt>> NoStatements = Parse.Return(ImmutableArray<Stmt>.Empty);

    /// <summary>One statement or more (a block's body), flattened: <c>a; b</c> is one group of two.</summary>
    private static readonly Parser<ImmutableArray<Stmt>> Statements = input => StatementsAt(input, atLeastOne: true);

    private static IResult<ImmutableArray<Stmt>> StatementsAt(IInput input, bool atLeastOne)
    {
        var first = StatementRef(input);
        if (!first.WasSuccessful)
            return atLeastOne ? first.As<ImmutableArray<Stmt>, IEnumerable<Stmt>>() : Result.Success(ImmutableArray<Stmt>.Empty, input);
        var statements = ImmutableArray.CreateBuilder<Stmt>();
        statements.AddRange(first.Value);
        var rest = first.Remainder;
        while (true)
        {
            var next = StatementRef(rest);
            if (!next.WasSuccessful || next.Remainder.Position == rest.Position) break;
            statements.AddRange(next.Value);
            rest = next.Remainder;
        }
        return Result.Success(statements.ToImmutable(), rest);
    }

    private static readonly Parser<ImmutableArray<Stmt>> GuardedIfTail = ExpressionGrammar.Guarded(Rule.Ref(() => IfTail));

    private static readonly Parser<ImmutableArray<Stmt>> GuardedStatements = ExpressionGrammar.Guarded(Statements);

    private static readonly Parser<Token> IfKeyword = Tokens.Keyword("if"), ElifKeyword = Tokens.Keyword("elif"), ElseKeyword = Tokens.Keyword("else"),
        WhileKeyword = Tokens.Keyword("while"), ForKeyword = Tokens.Keyword("for"), InKeyword = Tokens.Keyword("in"),
        DefKeyword = Tokens.Keyword("def"), ClassKeyword = Tokens.Keyword("class"), OpenParen = Tokens.Op("("), CloseParen = Tokens.Op(")"),
        Arrow = Tokens.Op("->");

    /// <summary><c>else: block</c>, or nothing (never fails).</summary>
    private static readonly Parser<ImmutableArray<Stmt>> ElseClause = input =>
    {
        var keyword = ElseKeyword(input);
        if (keyword.WasSuccessful)
        {
            var colon = ForcedColon(keyword.Remainder);
            if (colon.WasSuccessful)
            {
                var body = BlockAt("'else' statement", keyword.Value, colon.Remainder);
                if (body.WasSuccessful) return body;
            }
        }
        return Result.Success(ImmutableArray<Stmt>.Empty, input);
    };

    /// <summary>
    /// <c>keyword test: block</c>, the head of <c>if</c>, <c>elif</c> and <c>while</c>: null when it
    /// parsed (its parts in the out parameters), else the failure.
    /// </summary>
    private static IResult<Stmt>? ConditionHeader(IInput input, Parser<Token> keywordParser, string what,
        out Token keyword, out Expr test, out ImmutableArray<Stmt> body, out IInput rest)
    {
        (keyword, test, body, rest) = (null!, null!, default, input);
        var head = keywordParser(input);
        if (!head.WasSuccessful) return head.As<Stmt, Token>();
        keyword = head.Value;
        var condition = Named(head.Remainder);
        if (!condition.WasSuccessful) return condition.As<Stmt, Expr>();
        test = condition.Value;
        ExpressionGrammar.CheckNoAssignmentAfter(test, condition.Remainder);
        var colon = OptionalColon(condition.Remainder);
        if (!colon.WasSuccessful) return colon.As<Stmt, Token>();
        var block = BlockAt(what, keyword, colon.Remainder);
        if (!block.WasSuccessful) return block.As<Stmt, ImmutableArray<Stmt>>();
        body = block.Value;
        rest = block.Remainder;
        return null;
    }

    /// <summary><c>elif</c> clauses become an <see cref="IfStmt"/> nested in <c>OrElse</c>, as in CPython's ast; a failed one leaves the else clause.</summary>
    private static readonly Parser<ImmutableArray<Stmt>> IfTail = input =>
    {
        if (ConditionHeader(input, ElifKeyword, "'elif' statement", out var keyword, out var test, out var body, out var rest) is null)
        {
            var orElse = GuardedIfTail(rest);
            if (orElse.WasSuccessful)
                return Result.Success(ImmutableArray.Create<Stmt>(new IfStmt(test, body, orElse.Value, Extent(keyword, body, orElse.Value))), orElse.Remainder);
        }
        return ElseClause(input);
    };

    private static readonly Parser<Stmt> If = input =>
    {
        if (ConditionHeader(input, IfKeyword, "'if' statement", out var keyword, out var test, out var body, out var rest) is { } failed) return failed;
        var orElse = IfTail(rest);
        return Result.Success<Stmt>(new IfStmt(test, body, orElse.Value, Extent(keyword, body, orElse.Value)), orElse.Remainder);
    };

    private static readonly Parser<Stmt> While = input =>
    {
        if (ConditionHeader(input, WhileKeyword, "'while' statement", out var keyword, out var test, out var body, out var rest) is { } failed) return failed;
        var orElse = ElseClause(rest);
        return Result.Success<Stmt>(new WhileStmt(test, body, orElse.Value, Extent(keyword, body, orElse.Value)), orElse.Remainder);
    };

    private static readonly Parser<Stmt> For = input =>
    {
        var keyword = ForKeyword(input);
        if (!keyword.WasSuccessful) return keyword.As<Stmt, Token>();
        var target = ExpressionGrammar.TargetList(keyword.Remainder);
        if (!target.WasSuccessful) return target.As<Stmt, Expr>();
        var @in = InKeyword(target.Remainder);
        if (!@in.WasSuccessful) return @in.As<Stmt, Token>();
        var iter = TestList(@in.Remainder);
        if (!iter.WasSuccessful) return iter.As<Stmt, Expr>();
        var colon = OptionalColon(iter.Remainder);
        if (!colon.WasSuccessful) return colon.As<Stmt, Token>();
        var body = BlockAt("'for' statement", keyword.Value, colon.Remainder);
        if (!body.WasSuccessful) return body.As<Stmt, ImmutableArray<Stmt>>();
        var orElse = ElseClause(body.Remainder);
        return Result.Success<Stmt>(
            new ForStmt(TargetValidator.CheckStore(target.Value), iter.Value, body.Value, orElse.Value, Extent(keyword.Value, body.Value, orElse.Value)),
            orElse.Remainder);
    };

    // A query's clauses after the first are lambdas run at every match: the parsers they return are
    // fields, built once, not expressions that would build them again at every statement.
    private static readonly Parser<IOption<Token>> OptionalStar = Tokens.Op("*").Optional();
    private static readonly Parser<Expr> StarExceptionTypes = OneExceptionType(Test.Or(input => ExpectedExceptionTypes!(input))); // declared below
    private static readonly Parser<Expr> OptionalExceptionTypes = OneExceptionType(Test.Optional().Select(t => t.GetOrDefault()!));

    /// <summary>
    /// CPython's <c>invalid_except_stmt</c>: <c>except A, B:</c> (and <c>except A, B as e:</c>) is
    /// "multiple exception types must be parenthesized", from the first type to the last type or the name.
    /// </summary>
    private static Parser<Expr> OneExceptionType(Parser<Expr> types) => input =>
    {
        var result = types(input);
        if (result.WasSuccessful && result.Value is { } first)
        {
            var table = Dispatch.Table(result.Remainder);
            if (Dispatch.OperatorAt(table, table.SkipBlanks(result.Remainder.Position)) == ","
                && ExpressionGrammar.Probe(MoreExceptionTypes, result.Remainder) is { } last)
                throw ParseContext.Of(input).Error(SyntaxMessages.MultipleExceptionTypes, SourceSpan.Cover(first.Span, (SourceSpan)last));
        }
        return result;
    };

    private static readonly Parser<Token> Comma = Tokens.Op(","), AsKeyword = Tokens.Keyword("as"), ColonToken = Tokens.Op(":");

    /// <summary><c>, B [, C] [,] [as name] :</c> after a first exception type: the span of the last type or the name (boxed).</summary>
    private static readonly Parser<object> MoreExceptionTypes = input =>
    {
        var context = ParseContext.Of(input);
        var comma = Comma(input);
        if (!comma.WasSuccessful) return comma.As<object, Token>();
        var last = context.Span(comma.Value, comma.Value);
        var rest = comma.Remainder;
        while (true)
        {
            var type = Test(rest);
            if (!type.WasSuccessful) break;
            last = type.Value.Span;
            rest = type.Remainder;
            var next = Comma(rest);
            if (!next.WasSuccessful) break;
            rest = next.Remainder;
        }
        var @as = AsKeyword(rest);
        if (@as.WasSuccessful)
        {
            var name = Tokens.Identifier(@as.Remainder);
            if (!name.WasSuccessful) return name.As<object, Token>();
            last = context.Span(name.Value, name.Value);
            rest = name.Remainder;
        }
        var colon = ColonToken(rest);
        return colon.WasSuccessful ? Result.Success<object>(last, colon.Remainder) : colon.As<object, Token>();
    };
    private static readonly Parser<IOption<Token>> OptionalAsName = (from @as in Tokens.Keyword("as") from n in Tokens.Identifier select n).Optional();

    private static readonly Parser<(ExceptHandler Handler, bool IsStar)> Handler =
        from keyword in Tokens.Keyword("except")
        from star in OptionalStar
        from type in star.IsDefined ? StarExceptionTypes : OptionalExceptionTypes
        from name in OptionalAsName
        where type is not null || !name.IsDefined
        from colon in OptionalColon
        from body in Block(star.IsDefined ? "'except*' statement" : "'except' statement", keyword)
        select (new ExceptHandler(type, name.IsDefined ? name.Get().Text : null, body, Extent(keyword, body)), star.IsDefined);

    /// <summary><c>except*:</c> (CPython's <c>invalid_except_star_stmt_indent</c> neighbour, <c>invalid_except_stmt</c>).</summary>
    private static readonly Parser<Expr> ExpectedExceptionTypes = input =>
        throw ParseContext.Current.Error(SyntaxMessages.ExpectedExceptionTypes, NextTokenStart(input), NextTokenStart(input) + 1);

    private static readonly Parser<IEnumerable<(ExceptHandler Handler, bool IsStar)>> Handlers = Handler.Many();

    private static readonly Parser<ImmutableArray<Stmt>> FinallyClause =
        from finallyKeyword in Tokens.Keyword("finally")
        from finallyColon in ForcedColon
        from finalBody in Block("'finally' statement", finallyKeyword)
        select finalBody;

    private static readonly Parser<ImmutableArray<Stmt>> FinallyAfterHandlers = FinallyClause.Or(NoStatements);
    private static readonly Parser<ImmutableArray<Stmt>> FinallyWithoutHandlers = FinallyClause.Or(input => ExpectedExceptOrFinally!(input)); // declared below

    private static readonly Parser<Stmt> Try =
        from keyword in Tokens.Keyword("try")
        from colon in ForcedColon
        from body in Block("'try' statement", keyword)
        from handlers in Handlers
        let handlerList = CheckDefaultLast(CheckOneKind(handlers.ToList()))
        from orElse in handlerList.IsEmpty ? NoStatements : ElseClause
        from final in handlerList.IsEmpty ? FinallyWithoutHandlers : FinallyAfterHandlers
        select (Stmt)new TryStmt(body, handlerList, orElse, final,
            Extent(keyword, final.IsEmpty ? orElse.IsEmpty ? handlerList.IsEmpty ? body : handlerList[^1].Body : orElse : final))
        { IsStar = handlers.Any(h => h.IsStar) };

    private static readonly Parser<Stmt> FunctionDef = input =>
    {
        var keyword = DefKeyword(input);
        if (!keyword.WasSuccessful) return keyword.As<Stmt, Token>();
        var name = Tokens.Identifier(keyword.Remainder);
        if (!name.WasSuccessful) return name.As<Stmt, Token>();
        var open = OpenParen(name.Remainder);
        if (!open.WasSuccessful) return open.As<Stmt, Token>();
        var parameters = ArgumentGrammar.FunctionParameters(open.Remainder);
        if (!parameters.WasSuccessful) return parameters.As<Stmt, Arguments>();
        var close = CloseParen(parameters.Remainder);
        if (!close.WasSuccessful) return close.As<Stmt, Token>();
        var rest = close.Remainder;
        Expr? returns = null;
        var arrow = Arrow(rest);
        if (arrow.WasSuccessful)
        {
            var type = Test(arrow.Remainder);
            if (type.WasSuccessful)
            {
                returns = type.Value;
                rest = type.Remainder;
            }
        }
        var colon = ForcedColon(rest);
        if (!colon.WasSuccessful) return colon.As<Stmt, Token>();
        var body = BlockAt("function definition", keyword.Value, colon.Remainder);
        if (!body.WasSuccessful) return body.As<Stmt, ImmutableArray<Stmt>>();
        return Result.Success<Stmt>(
            new FunctionDefStmt(name.Value.Text, parameters.Value, body.Value, [], Extent(keyword.Value, body.Value)) { Returns = returns },
            body.Remainder);
    };

    /// <summary>One <c>expr [as target]</c>; the target is a single (possibly parenthesised) target.</summary>
    private static readonly Parser<IOption<Expr>> OptionalWithTarget =
        (from @as in Tokens.Keyword("as") from t in ExpressionGrammar.Star.Or(ExpressionGrammar.BitOr) select t).Optional();

    private static readonly Parser<WithItem> WithItem =
        from value in Test
        from target in OptionalWithTarget
        select new WithItem(value, target.IsDefined ? TargetValidator.CheckStore(target.Get()) : null,
            target.IsDefined ? ExpressionGrammar.Cover(value, target.Get()) : value.Span);

    /// <summary><c>(a as b, c,)</c> followed by ':' (3.9's parenthesised items).</summary>
    private static readonly Parser<IReadOnlyList<WithItem>> WithItems = ExpressionGrammar.CommaSeparated(WithItem);
    private static readonly Parser<IOption<Token>> ColonAhead = Tokens.Op(":").Preview();

    private static readonly Parser<IReadOnlyList<WithItem>> ParenthesizedWithItems =
        from open in Tokens.Op("(")
        from items in ExpressionGrammar.Bracketed(WithItems)
        from close in Tokens.Op(")")
        from colon in ColonAhead
        where colon.IsDefined
        select items;

    private static readonly Parser<IReadOnlyList<WithItem>> AnyWithItems = ParenthesizedWithItems.Or(WithItems);

    /// <summary>
    /// <c>with a as b, c: body</c>. A '(' after <c>with</c> is first read as parenthesised items
    /// followed by ':' (<c>with (a, b):</c> has two items), else as the first item's expression
    /// (<c>with (a, b) as c:</c>), as CPython's <c>with_stmt</c> alternatives are ordered.
    /// </summary>
    private static readonly Parser<Stmt> With =
        from keyword in Tokens.Keyword("with")
        from items in AnyWithItems
        from colon in OptionalColon
        from body in Block("'with' statement", keyword)
        select (Stmt)new WithStmt([.. items], body, Extent(keyword, body));

    private static readonly Parser<Stmt> AfterAsync = Dispatch.On((table, p) => Dispatch.WordAt(table, p) switch
    {
        "def" => FunctionDef,
        "for" => For,
        "with" => With,
        _ => null,
    });

    /// <summary><c>async def</c>, <c>async for</c>, <c>async with</c>: the statement after <c>async</c>, marked.</summary>
    private static readonly Parser<Stmt> Async =
        from keyword in Tokens.Keyword("async")
        from statement in AfterAsync
        select statement switch
        {
            FunctionDefStmt f => (Stmt)(f with { IsAsync = true, Span = Extent(keyword, f.Body) }),
            ForStmt f => f with { IsAsync = true, Span = SourceSpan.Cover(ParseContext.Current.Span(keyword, keyword), f.Span) },
            WithStmt w => w with { IsAsync = true, Span = SourceSpan.Cover(ParseContext.Current.Span(keyword, keyword), w.Span) },
            _ => statement,
        };

    /// <summary><c>case pattern [if guard]: body</c>.</summary>
    private static readonly Parser<MatchCase> Case =
        from keyword in Tokens.Keyword("case")
        from pattern in MatchGrammar.Patterns
        from guard in (from @if in Tokens.Keyword("if") from g in Named select g).Optional()
        from colon in OptionalColon
        from body in Block("'case' statement", keyword)
        select new MatchCase(pattern, guard.GetOrDefault(), body, Extent(keyword, body));

    /// <summary><c>match subject:</c> NEWLINE INDENT cases DEDENT. <c>match</c> and <c>case</c> are soft keywords.</summary>
    private static readonly Parser<Stmt> Match =
        from keyword in Tokens.Keyword("match")
        from subject in ExpressionGrammar.CommaList(ExpressionGrammar.StarOrNamed)
        from colon in Tokens.Op(":")
        from newline in Tokens.NewlineMarker
        from cases in MatchBody(keyword, newline)
        select (Stmt)new MatchStmt(subject, cases, SourceSpan.Cover(ParseContext.Current.Span(keyword, keyword), cases[^1].Span));

    private static Parser<ImmutableArray<MatchCase>> MatchBody(Token keyword, Token newline) => input =>
    {
        var indent = Tokens.IndentMarker(input);
        if (!indent.WasSuccessful) throw MissingBlock("'match' statement", keyword, newline, input);
        var cases = ExpressionGrammar.Guarded(Case.AtLeastOnce())(indent.Remainder);
        if (!cases.WasSuccessful) return Result.Failure<ImmutableArray<MatchCase>>(cases.Remainder, cases.Message, cases.Expectations);
        var dedent = Tokens.DedentMarker(cases.Remainder);
        if (!dedent.WasSuccessful) return Result.Failure<ImmutableArray<MatchCase>>(dedent.Remainder, dedent.Message, dedent.Expectations);
        return Result.Success(cases.Value.ToImmutableArray(), dedent.Remainder);
    };

    /// <summary>
    /// A line that starts with the soft keyword <c>match</c>: a match statement if it reads as one up
    /// to its first <c>case</c>, else an ordinary statement (<c>match = 1</c>, <c>match(x)</c>). The
    /// failed attempt leaves no failure position behind.
    /// </summary>
    private static readonly Parser<IEnumerable<Stmt>> MatchOrSimple = input =>
    {
        var context = ParseContext.Of(input);
        int furthest = context.FurthestFailure;
        var match = Match(input);
        if (match.WasSuccessful) return Result.Success<IEnumerable<Stmt>>([match.Value], match.Remainder);
        if (ReachedCase(input, match.Remainder)) return Result.Failure<IEnumerable<Stmt>>(match.Remainder, match.Message, match.Expectations);
        context.RestoreFailure(furthest);
        return SimpleStatementGrammar.SimpleStatements(input);
    };

    /// <summary>Whether a failed match statement got as far as its block (then the error is in a case, not a sign of another statement).</summary>
    private static bool ReachedCase(IInput start, IInput stop)
    {
        var table = Dispatch.Table(start);
        for (int p = start.Position; p < stop.Position && p < table.Text.Length; p++)
            if (table.Text[p] == LayoutScanner.Indent) return true;
        return false;
    }

    private static readonly Parser<Stmt> ClassDef = input =>
    {
        var keyword = ClassKeyword(input);
        if (!keyword.WasSuccessful) return keyword.As<Stmt, Token>();
        var name = Tokens.Identifier(keyword.Remainder);
        if (!name.WasSuccessful) return name.As<Stmt, Token>();
        var rest = name.Remainder;
        ImmutableArray<Expr> bases = [];
        ImmutableArray<Keyword> keywords = [];
        var open = OpenParen(rest);
        if (open.WasSuccessful)
        {
            var args = ArgumentGrammar.CallArguments(open.Remainder);
            if (args.WasSuccessful)
            {
                var close = CloseParen(args.Remainder);
                if (close.WasSuccessful)
                {
                    (bases, keywords) = args.Value;
                    rest = close.Remainder;
                }
            }
        }
        var colon = OptionalColon(rest);
        if (!colon.WasSuccessful) return colon.As<Stmt, Token>();
        var body = BlockAt("class definition", keyword.Value, colon.Remainder);
        if (!body.WasSuccessful) return body.As<Stmt, ImmutableArray<Stmt>>();
        return Result.Success<Stmt>(new ClassDefStmt(name.Value.Text, bases, keywords, body.Value, [], Extent(keyword.Value, body.Value)), body.Remainder);
    };

    private static readonly Parser<Stmt> DecoratedDefinition = FunctionDef.Or(ClassDef).Or(Async);

    /// <summary><c>@expr</c> lines, outermost first, then the definition they decorate.</summary>
    private static readonly Parser<Stmt> Decorated =
        from decorators in (from at in Tokens.Op("@") from d in Named from newline in Tokens.NewlineMarker select d).AtLeastOnce()
        from definition in DecoratedDefinition
        select definition switch
        {
            FunctionDefStmt f => (Stmt)(f with { DecoratorList = [.. decorators] }),
            ClassDefStmt c => c with { DecoratorList = [.. decorators] },
            _ => definition,
        };

    /// <summary>A statement, chosen by its first token (<see cref="Dispatch"/>): a compound statement's keyword or '@', else simple statements.</summary>
    public static readonly Parser<IEnumerable<Stmt>> Statement = Dispatch.On(PickStatement);

    private static readonly Parser<IEnumerable<Stmt>>[] CompoundStatements =
        [.. new[] { If, While, For, Try, FunctionDef, ClassDef, Decorated, With, Async }.Select(One)];

    /// <summary>A compound statement as a group of one statement.</summary>
    private static Parser<IEnumerable<Stmt>> One(Parser<Stmt> statement) => input =>
    {
        var result = statement(input);
        return result.WasSuccessful ? Result.Success<IEnumerable<Stmt>>([result.Value], result.Remainder) : result.As<IEnumerable<Stmt>, Stmt>();
    };

    private static Parser<IEnumerable<Stmt>> PickStatement(LexicalTable table, int p) => Dispatch.WordAt(table, p) switch
    {
        "if" => CompoundStatements[0],
        "while" => CompoundStatements[1],
        "for" => CompoundStatements[2],
        "try" => CompoundStatements[3],
        "def" => CompoundStatements[4],
        "class" => CompoundStatements[5],
        "with" => CompoundStatements[7],
        "async" => CompoundStatements[8],
        "match" => MatchOrSimple,
        _ when Dispatch.OperatorAt(table, p) == "@" => CompoundStatements[6],
        _ => SimpleStatementGrammar.SimpleStatements,
    };

    /// <summary>A whole file: statements until the end (the caller checks that nothing is left).</summary>
    public static readonly Parser<ImmutableArray<Stmt>> Module = input => StatementsAt(input, atLeastOne: false);

    /// <summary>All handlers of one <c>try</c> are <c>except</c> or all are <c>except*</c> (CPython's <c>invalid_try_stmt</c>).</summary>
    private static ImmutableArray<ExceptHandler> CheckOneKind(List<(ExceptHandler Handler, bool IsStar)> handlers)
    {
        for (int i = 1; i < handlers.Count; i++)
        {
            if (handlers[i].IsStar == handlers[0].IsStar) continue;
            throw ParseContext.Current.Error(SyntaxMessages.MixedExceptStar, handlers[i].Handler.Span);
        }
        return [.. handlers.Select(h => h.Handler)];
    }

    /// <summary>A bare <c>except:</c> followed by another handler (CPython 3.11 raises it while compiling: compile.c, <c>compiler_try_except</c>, at the handler).</summary>
    private static ImmutableArray<ExceptHandler> CheckDefaultLast(ImmutableArray<ExceptHandler> handlers)
    {
        for (int i = 0; i < handlers.Length - 1; i++)
        {
            if (handlers[i].Type is not null) continue;
            var span = handlers[i].Span;
            throw ParseContext.Current.Error(SyntaxMessages.DefaultExceptMustBeLast, new SourceSpan(span.Start, span.Start, span.Line, span.Column, span.Line, span.Column));
        }
        return handlers;
    }

    private static readonly Parser<ImmutableArray<Stmt>> ExpectedExceptOrFinally = input =>
        throw ParseContext.Current.Error(SyntaxMessages.ExpectedExceptOrFinally, NextTokenStart(input), NextTokenStart(input) + 1);


    private static Parser<Token> Colon(bool forced) => input =>
    {
        var result = Tokens.Op(":")(input);
        if (result.WasSuccessful) return result;
        int next = NextTokenStart(input);
        if (forced || (next < input.Source.Length && input.Source[next] == LayoutScanner.Newline))
            throw ParseContext.Current.Error(SyntaxMessages.ExpectedColon, next, next + 1);
        return result;
    };

    /// <summary>The header's body: on the same line, or an indented block (whose absence is an IndentationError).</summary>
    private static Parser<ImmutableArray<Stmt>> Block(string what, Token header) => input => BlockAt(what, header, input);

    /// <summary>NEWLINE INDENT statements DEDENT (no INDENT: the IndentationError), else simple statements on the header's line.</summary>
    private static IResult<ImmutableArray<Stmt>> BlockAt(string what, Token header, IInput input)
    {
        var newline = Tokens.NewlineMarker(input);
        if (newline.WasSuccessful)
        {
            var indent = Tokens.IndentMarker(newline.Remainder);
            if (!indent.WasSuccessful) throw MissingBlock(what, header, newline.Value, newline.Remainder);
            var body = GuardedStatements(indent.Remainder);
            if (body.WasSuccessful)
            {
                var dedent = Tokens.DedentMarker(body.Remainder);
                if (dedent.WasSuccessful) return Result.Success(body.Value, dedent.Remainder);
            }
        }
        var line = SimpleStatementGrammar.SimpleStatements(input);
        return line.WasSuccessful
            ? Result.Success(line.Value.ToImmutableArray(), line.Remainder)
            : Result.Failure<ImmutableArray<Stmt>>(line.Remainder, line.Message, line.Expectations);
    }

    private static PyException MissingBlock(string what, Token header, Token newline, IInput input)
    {
        var context = ParseContext.Of(input);
        int line = context.Span(header, header).Line;
        var logical = context.Logical;
        int next = NextTokenStart(input);
        bool atEnd = next >= input.Source.Length || logical.OriginalOffset(next) >= logical.Source.Text.Length;
        var span = atEnd ? context.Span(newline.Start, newline.Start) : WordSpan(logical, next);
        return context.Error(SyntaxMessages.ExpectedIndentedBlock(what, line), span, PyExceptionType.IndentationError);
    }

    /// <summary>The span of the word (or single character) starting at a logical position.</summary>
    public static SourceSpan WordSpan(LogicalSource logical, int position)
    {
        string text = logical.Source.Text;
        int start = logical.OriginalOffset(position), end = start;
        while (end < text.Length && LayoutScanner.IsIdentifierPart(text[end])) end++;
        return logical.Source.Span(start, Math.Max(end, Math.Min(start + 1, text.Length)));
    }

    private static int NextTokenStart(IInput input) => Tokens.NextTokenStart(input);

    private static SourceSpan Extent(Token keyword, ImmutableArray<Stmt> body, ImmutableArray<Stmt> orElse) =>
        Extent(keyword, orElse.IsEmpty ? body : orElse);

    private static SourceSpan Extent(Token keyword, ImmutableArray<Stmt> last)
    {
        var head = ParseContext.Current.Span(keyword, keyword);
        return last.IsEmpty ? head : SourceSpan.Cover(head, last[^1].Span);
    }
}
