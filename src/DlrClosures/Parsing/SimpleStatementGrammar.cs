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

    private static readonly Parser<BinaryOperator> AugmentedOperator =
        AugmentedOperators.Select(a => Tokens.Op(a.Text).Return(a.Op)).Aggregate((a, b) => a.Or(b));

    /// <summary>
    /// An expression statement, an assignment chain or an augmented assignment. The first expression
    /// is parsed once and what follows decides which (no backtracking over the left-hand side).
    /// </summary>
    private static readonly Parser<Stmt> ExpressionOrAssignment =
        from first in TestList
        from statement in
            (from op in AugmentedOperator
             from value in TestList
             select (Stmt)new AugAssignStmt(TargetValidator.CheckAugmented(first), op, value, ExpressionGrammar.Cover(first, value)))
            .Or(from values in (from eq in Tokens.Op("=") from v in TestList select v).AtLeastOnce()
                let all = values.Prepend(first).ToList()
                select (Stmt)new AssignStmt(
                    [.. all.Take(all.Count - 1).Select(TargetValidator.CheckAssignment)], all[^1], ExpressionGrammar.Cover(first, all[^1])))
            .Or(LegacyStatement(first))
            .Or(Parse.Return((Stmt)new ExprStmt(first, first.Span)))
        select statement;

    /// <summary>
    /// <c>print x</c> / <c>exec x</c>: CPython's <c>invalid_legacy_expression</c>, a name from Python 2's
    /// statements followed by an expression. Never succeeds; raises when it matches.
    /// </summary>
    private static Parser<Stmt> LegacyStatement(Expr first) => input =>
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
    };

    private static readonly Parser<Stmt> SmallStatement =
        Pass.Or(Break).Or(Continue).Or(Return).Or(Raise).Or(Global).Or(Nonlocal).Or(Delete).Or(Assert).Or(ExpressionOrAssignment);

    /// <summary><c>a; b; c</c> up to the end of the logical line.</summary>
    public static readonly Parser<IEnumerable<Stmt>> SimpleStatements =
        from first in SmallStatement
        from rest in (from semicolon in Tokens.Op(";") from next in SmallStatement select next).Many()
        from trailing in Tokens.Op(";").Optional()
        from newline in Tokens.NewlineMarker
        select rest.Prepend(first);

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
