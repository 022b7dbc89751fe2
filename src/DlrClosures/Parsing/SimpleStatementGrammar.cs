using System.Collections.Immutable;
using DlrClosures.Syntax;
using Sprache;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// Simple statements (language reference §7): expression statements, assignments, and the
/// keyword statements, several of which may share a line separated by <c>;</c>.
/// </summary>
internal static class SimpleStatementGrammar
{
    private static readonly Parser<Expr> Test = Rule.Ref(() => ExpressionGrammar.Test);
    private static readonly Parser<Expr> TestList = Rule.Ref(() => ExpressionGrammar.TestListStarExpr);

    private static readonly Parser<Stmt> Pass = Tokens.Keyword("pass").Select(t => (Stmt)new PassStmt(Span(t, t)));
    private static readonly Parser<Stmt> Break = Tokens.Keyword("break").Select(t => (Stmt)new BreakStmt(Span(t, t)));
    private static readonly Parser<Stmt> Continue = Tokens.Keyword("continue").Select(t => (Stmt)new ContinueStmt(Span(t, t)));

    private static readonly Parser<Stmt> Return =
        from keyword in Tokens.Keyword("return")
        from value in TestList.Optional()
        select (Stmt)new ReturnStmt(value.GetOrDefault(), Extend(keyword, value.GetOrDefault()));

    private static readonly Parser<Stmt> Raise =
        from keyword in Tokens.Keyword("raise")
        from exc in Test.Optional()
        from cause in (from @from in Tokens.Keyword("from") from c in Test select c).Optional()
        where exc.IsDefined || !cause.IsDefined
        select (Stmt)new RaiseStmt(exc.GetOrDefault(), cause.GetOrDefault(), Extend(keyword, cause.GetOrDefault() ?? exc.GetOrDefault()));

    private static readonly Parser<Stmt> Global = NameListStatement("global", (names, span) => new GlobalStmt(names, span));
    private static readonly Parser<Stmt> Nonlocal = NameListStatement("nonlocal", (names, span) => new NonlocalStmt(names, span));

    private static readonly Parser<Stmt> Delete =
        from keyword in Tokens.Keyword("del")
        from targets in ExpressionGrammar.CommaSeparated(ExpressionGrammar.Star.Or(ExpressionGrammar.BitOr))
        select (Stmt)new DeleteStmt([.. targets.Select(TargetValidator.CheckDelete)], Extend(keyword, targets[^1]));

    private static readonly Parser<Stmt> Assert =
        from keyword in Tokens.Keyword("assert")
        from test in Test
        from message in (from comma in Tokens.Op(",") from m in Test select m).Optional()
        select (Stmt)new AssertStmt(test, message.GetOrDefault(), Extend(keyword, message.GetOrDefault() ?? test));

    private static readonly (string Text, BinaryOperator Op)[] AugmentedOperators =
    [
        ("+=", BinaryOperator.Add), ("-=", BinaryOperator.Sub), ("*=", BinaryOperator.Mult), ("@=", BinaryOperator.MatMult),
        ("/=", BinaryOperator.Div), ("%=", BinaryOperator.Mod), ("&=", BinaryOperator.BitAnd), ("|=", BinaryOperator.BitOr),
        ("^=", BinaryOperator.BitXor), ("<<=", BinaryOperator.LShift), (">>=", BinaryOperator.RShift),
        ("**=", BinaryOperator.Pow), ("//=", BinaryOperator.FloorDiv),
    ];

    private static readonly Dictionary<string, BinaryOperator> AugmentedOperatorOf =
        AugmentedOperators.ToDictionary(a => a.Text, a => a.Op);

    /// <summary>
    /// An expression statement, an assignment chain or an augmented assignment. The first expression
    /// is parsed once and the token after it decides which (no backtracking over the left-hand side):
    /// an augmented operator, <c>=</c>, or neither. An operator whose right-hand side fails falls
    /// through to what comes after it, as the alternatives written in that order would.
    /// </summary>
    private static readonly Parser<Stmt> ExpressionOrAssignment = input =>
    {
        var first = TestList(input);
        if (!first.WasSuccessful) return Result.Failure<Stmt>(first.Remainder, first.Message, first.Expectations);
        var context = ParseContext.Current;
        var target = first.Value;
        var rest = first.Remainder;
        var table = Dispatch.Table(rest);
        int p = table.SkipBlanks(rest.Position);
        context.NoteFailure(p);
        string? op = Dispatch.OperatorAt(table, p);
        if (op is not null && AugmentedOperatorOf.TryGetValue(op, out var binary))
        {
            var value = TestList(LogicalInput.Jump(rest, p + op.Length));
            if (value.WasSuccessful)
            {
                return Result.Success<Stmt>(
                    new AugAssignStmt(TargetValidator.CheckAugmented(target), binary, value.Value, ExpressionGrammar.Cover(target, value.Value)),
                    value.Remainder);
            }
        }
        else if (op == "=")
        {
            var values = new List<Expr> { target };
            var after = rest;
            int at = p;
            while (true)
            {
                var value = TestList(LogicalInput.Jump(after, at + 1));
                if (!value.WasSuccessful) break;
                values.Add(value.Value);
                after = value.Remainder;
                at = table.SkipBlanks(after.Position);
                context.NoteFailure(at);
                if (Dispatch.OperatorAt(table, at) != "=") break;
            }
            if (values.Count > 1)
            {
                return Result.Success<Stmt>(
                    new AssignStmt([.. values.Take(values.Count - 1).Select(TargetValidator.CheckAssignment)], values[^1],
                        ExpressionGrammar.Cover(target, values[^1])),
                    after);
            }
        }
        var legacy = LegacyStatement(target, rest);
        if (legacy.WasSuccessful) return legacy;
        return Result.Success<Stmt>(new ExprStmt(target, target.Span), rest);
    };

    /// <summary>
    /// <c>print x</c> / <c>exec x</c>: CPython's <c>invalid_legacy_expression</c>, a name from Python 2's
    /// statements followed by an expression. Never succeeds; raises when it matches.
    /// </summary>
    private static IResult<Stmt> LegacyStatement(Expr first, IInput input)
    {
        if (first is not NameExpr { Id: "print" or "exec" } name) return Result.Failure<Stmt>(input, "legacy statement", []);
        var context = ParseContext.Current;
        int furthest = context.FurthestFailure;
        IResult<Expr> rest;
        try
        {
            rest = TestList(input);
        }
        catch (DlrClosures.Runtime.Exceptions.PyException)
        {
            return Result.Failure<Stmt>(input, "legacy statement", []);
        }
        finally
        {
            context.RestoreFailure(furthest);
        }
        if (!rest.WasSuccessful) return Result.Failure<Stmt>(input, "legacy statement", []);
        throw context.Error(SyntaxMessages.MissingParentheses(name.Id), SourceSpan.Cover(name.Span, rest.Value.Span));
    }

    /// <summary>A simple statement, chosen by its first keyword (<see cref="Dispatch"/>); anything else is an expression or assignment.</summary>
    private static readonly Parser<Stmt> SmallStatement = Dispatch.On((table, p) => Dispatch.WordAt(table, p) switch
    {
        "pass" => Pass,
        "break" => Break,
        "continue" => Continue,
        "return" => Return,
        "raise" => Raise,
        "global" => Global,
        "nonlocal" => Nonlocal,
        "del" => Delete,
        "assert" => Assert,
        _ => ExpressionOrAssignment,
    });

    /// <summary><c>a; b; c</c> up to the end of the logical line: <c>;</c> decides whether another statement follows.</summary>
    public static readonly Parser<IEnumerable<Stmt>> SimpleStatements = input =>
    {
        var first = SmallStatement(input);
        if (!first.WasSuccessful) return Result.Failure<IEnumerable<Stmt>>(first.Remainder, first.Message, first.Expectations);
        var context = ParseContext.Current;
        var statements = new List<Stmt> { first.Value };
        var rest = first.Remainder;
        var table = Dispatch.Table(rest);
        while (true)
        {
            int p = table.SkipBlanks(rest.Position);
            context.NoteFailure(p);
            if (Dispatch.OperatorAt(table, p) != ";") break;
            var after = LogicalInput.Jump(rest, p + 1);
            var next = SmallStatement(after);
            if (!next.WasSuccessful)
            {
                rest = after;
                break;
            }
            statements.Add(next.Value);
            rest = next.Remainder;
        }
        var newline = Tokens.NewlineMarker(rest);
        if (!newline.WasSuccessful) return Result.Failure<IEnumerable<Stmt>>(newline.Remainder, newline.Message, newline.Expectations);
        return Result.Success<IEnumerable<Stmt>>(statements, newline.Remainder);
    };

    private static Parser<Stmt> NameListStatement(string keyword, Func<ImmutableArray<string>, SourceSpan, Stmt> make) =>
        from kw in Tokens.Keyword(keyword)
        from first in Tokens.Identifier
        from rest in (from comma in Tokens.Op(",") from name in Tokens.Identifier select name).Many()
        let names = rest.Prepend(first).ToList()
        select make([.. names.Select(n => n.Text)], Span(kw, names[^1]));

    private static SourceSpan Span(Token first, Token last) => ParseContext.Current.Span(first, last);

    private static SourceSpan Extend(Token keyword, Expr? last) =>
        last is null ? Span(keyword, keyword) : SourceSpan.Cover(Span(keyword, keyword), last.Span);
}
