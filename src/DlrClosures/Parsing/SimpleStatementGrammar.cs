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
    private static readonly Parser<Expr> RightHandSide = Rule.Ref(() => ExpressionGrammar.YieldOrTestList);

    private static readonly Parser<Stmt> Pass = Tokens.Keyword("pass").Select(t => (Stmt)new PassStmt(Span(t, t)));
    private static readonly Parser<Stmt> Break = Tokens.Keyword("break").Select(t => (Stmt)new BreakStmt(Span(t, t)));
    private static readonly Parser<Stmt> Continue = Tokens.Keyword("continue").Select(t => (Stmt)new ContinueStmt(Span(t, t)));

    // A query's clauses after the first are lambdas run at every match: the parsers they return are
    // fields, built once, not expressions that would build them again at every statement.
    private static readonly Parser<IOption<Expr>> OptionalTestList = TestList.Optional(), OptionalTest = Test.Optional();
    private static readonly Parser<IOption<Expr>> OptionalCause = (from @from in Tokens.Keyword("from") from c in Test select c).Optional();
    private static readonly Parser<IOption<Expr>> OptionalMessage = (from comma in Tokens.Op(",") from m in Test select m).Optional();
    private static readonly Parser<IReadOnlyList<Expr>> DeleteTargets = ExpressionGrammar.CommaSeparated(ExpressionGrammar.Star.Or(ExpressionGrammar.BitOr));

    private static readonly Parser<Stmt> Return =
        from keyword in Tokens.Keyword("return")
        from value in OptionalTestList
        select (Stmt)new ReturnStmt(value.GetOrDefault(), Extend(keyword, value.GetOrDefault()));

    private static readonly Parser<Stmt> Raise =
        from keyword in Tokens.Keyword("raise")
        from exc in OptionalTest
        from cause in OptionalCause
        where exc.IsDefined || !cause.IsDefined
        select (Stmt)new RaiseStmt(exc.GetOrDefault(), cause.GetOrDefault(), Extend(keyword, cause.GetOrDefault() ?? exc.GetOrDefault()));

    private static readonly Parser<Stmt> Global = NameListStatement("global", (names, span) => new GlobalStmt(names, span));
    private static readonly Parser<Stmt> Nonlocal = NameListStatement("nonlocal", (names, span) => new NonlocalStmt(names, span));

    private static readonly Parser<Stmt> Delete =
        from keyword in Tokens.Keyword("del")
        from targets in DeleteTargets
        select (Stmt)new DeleteStmt([.. targets.Select(TargetValidator.CheckDelete)], Extend(keyword, targets[^1]));

    private static readonly Parser<Stmt> Assert =
        from keyword in Tokens.Keyword("assert")
        from test in Test
        from message in OptionalMessage
        select (Stmt)new AssertStmt(test, message.GetOrDefault(), Extend(keyword, message.GetOrDefault() ?? test));

    private static readonly (string Text, BinaryOperator Op)[] AugmentedOperators =
    [
        ("+=", BinaryOperator.Add), ("-=", BinaryOperator.Sub), ("*=", BinaryOperator.Mult), ("@=", BinaryOperator.MatMult),
        ("/=", BinaryOperator.Div), ("%=", BinaryOperator.Mod), ("&=", BinaryOperator.BitAnd), ("|=", BinaryOperator.BitOr),
        ("^=", BinaryOperator.BitXor), ("<<=", BinaryOperator.LShift), (">>=", BinaryOperator.RShift),
        ("**=", BinaryOperator.Pow), ("//=", BinaryOperator.FloorDiv),
    ];

    // A scan of 13 entries, not a Dictionary<string, BinaryOperator>: that instantiation over a value
    // type is framework code the JIT would compile at every start-up.
    private static bool TryGetAugmentedOperator(string op, out BinaryOperator binary)
    {
        foreach (var (text, candidate) in AugmentedOperators)
        {
            if (text == op)
            {
                binary = candidate;
                return true;
            }
        }
        binary = default;
        return false;
    }

    /// <summary>
    /// An expression statement, an assignment chain or an augmented assignment. The first expression
    /// is parsed once and the token after it decides which (no backtracking over the left-hand side):
    /// an augmented operator, <c>=</c>, or neither. An operator whose right-hand side fails falls
    /// through to what comes after it, as the alternatives written in that order would.
    /// </summary>
    private static readonly Parser<Stmt> ExpressionOrAssignment = input =>
    {
        var first = RightHandSide(input);
        if (!first.WasSuccessful) return Result.Failure<Stmt>(first.Remainder, first.Message, first.Expectations);
        var context = ParseContext.Of(input);
        var target = first.Value;
        var rest = first.Remainder;
        var table = Dispatch.Table(rest);
        int p = table.SkipBlanks(rest.Position);
        context.NoteFailure(p);
        string? op = Dispatch.OperatorAt(table, p);
        if (op is not null && TryGetAugmentedOperator(op, out var binary))
        {
            var value = RightHandSide(LogicalInput.Jump(rest, p + op.Length));
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
                var value = RightHandSide(LogicalInput.Jump(after, at + 1));
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
        else if (op == ":")
        {
            var annotated = AnnotatedAssignment(target, input, LogicalInput.Jump(rest, p + 1));
            if (annotated.WasSuccessful) return annotated;
        }
        var legacy = LegacyStatement(target, rest);
        if (legacy.WasSuccessful) return legacy;
        return Result.Success<Stmt>(new ExprStmt(target, target.Span), rest);
    };

    /// <summary>
    /// <c>target: annotation [= value]</c> (CPython's <c>assignment</c> rule, first two alternatives):
    /// the target is one name, attribute or subscript; a bare name not in parentheses is "simple".
    /// </summary>
    private static IResult<Stmt> AnnotatedAssignment(Expr target, IInput start, IInput afterColon)
    {
        var annotation = Test(afterColon);
        if (!annotation.WasSuccessful) return Result.Failure<Stmt>(annotation.Remainder, annotation.Message, annotation.Expectations);
        var context = ParseContext.Of(start);
        string? error = target switch
        {
            NameExpr or AttributeExpr or SubscriptExpr => null,
            TupleExpr => SyntaxMessages.SingleTargetTuple,
            ListExpr => SyntaxMessages.SingleTargetList,
            _ => SyntaxMessages.IllegalAnnotationTarget,
        };
        if (error is not null) throw context.Error(error, target.Span);
        var table = Dispatch.Table(start);
        bool simple = target is NameExpr && Dispatch.OperatorAt(table, table.SkipBlanks(start.Position)) != "(";
        var rest = annotation.Remainder;
        int p = table.SkipBlanks(rest.Position);
        context.NoteFailure(p);
        Expr? value = null;
        if (Dispatch.OperatorAt(table, p) == "=")
        {
            var right = RightHandSide(LogicalInput.Jump(rest, p + 1));
            if (!right.WasSuccessful) return Result.Failure<Stmt>(right.Remainder, right.Message, right.Expectations);
            value = right.Value;
            rest = right.Remainder;
        }
        var span = ExpressionGrammar.Cover(target, value ?? annotation.Value);
        return Result.Success<Stmt>(new AnnAssignStmt(target, annotation.Value, value, simple, span), rest);
    }

    /// <summary>
    /// <c>print x</c> / <c>exec x</c>: CPython's <c>invalid_legacy_expression</c>, a name from Python 2's
    /// statements followed by an expression. Never succeeds; raises when it matches.
    /// </summary>
    private static IResult<Stmt> LegacyStatement(Expr first, IInput input)
    {
        if (first is not NameExpr { Id: "print" or "exec" } name) return Result.Failure<Stmt>(input, "legacy statement", []);
        var context = ParseContext.Of(input);
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
        "import" => Import,
        "from" => ImportFrom,
        _ => ExpressionOrAssignment,
    });

    /// <summary><c>a; b; c</c> up to the end of the logical line: <c>;</c> decides whether another statement follows.</summary>
    public static readonly Parser<IEnumerable<Stmt>> SimpleStatements = input =>
    {
        var first = SmallStatement(input);
        if (!first.WasSuccessful) return Result.Failure<IEnumerable<Stmt>>(first.Remainder, first.Message, first.Expectations);
        var context = ParseContext.Of(input);
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

    /// <summary><c>a.b.c</c>: names joined by dots, as one string.</summary>
    private static readonly Parser<(string Name, Token First, Token Last)> DottedName =
        from first in Tokens.Identifier
        from rest in (from dot in Tokens.Op(".") from name in Tokens.Identifier select name).Many()
        let all = rest.Prepend(first).ToList()
        select (string.Join('.', all.Select(n => n.Text)), first, all[^1]);

    private static readonly Parser<Alias> DottedAsName =
        from name in DottedName
        from asName in (from @as in Tokens.Keyword("as") from n in Tokens.Identifier select n).Optional()
        select new Alias(name.Name, asName.IsDefined ? asName.Get().Text : null, Span(name.First, asName.GetOrElse(name.Last)));

    private static readonly Parser<Alias> ImportAsName =
        from name in Tokens.Identifier
        from asName in (from @as in Tokens.Keyword("as") from n in Tokens.Identifier select n).Optional()
        select new Alias(name.Text, asName.IsDefined ? asName.Get().Text : null, Span(name, asName.GetOrElse(name)));

    /// <summary><c>import a.b as c, d</c>.</summary>
    private static readonly Parser<Stmt> Import =
        from keyword in Tokens.Keyword("import")
        from names in Names(DottedAsName, trailingCommaHint: false)
        select (Stmt)new ImportStmt(names, SourceSpan.Cover(Span(keyword, keyword), names[^1].Span));

    /// <summary>What follows <c>import</c> in <c>from m import ...</c>: <c>*</c>, <c>(a, b as c,)</c> or <c>a, b as c</c>.</summary>
    private static readonly Parser<ImmutableArray<Alias>> ImportFromTargets = Dispatch.On((table, p) => Dispatch.OperatorAt(table, p) switch
    {
        "*" => ImportStar,
        "(" => ParenthesizedImportNames,
        _ => Names(ImportAsName, trailingCommaHint: true),
    });

    private static readonly Parser<ImmutableArray<Alias>> ImportStar =
        from star in Tokens.Op("*") select ImmutableArray.Create(new Alias("*", null, Span(star, star)));

    private static readonly Parser<ImmutableArray<Alias>> ParenthesizedImportNames =
        from open in Tokens.Op("(")
        from names in ExpressionGrammar.CommaSeparated(ImportAsName)
        from close in Tokens.Op(")")
        select names.ToImmutableArray();

    /// <summary><c>from ..a.b import c</c>: leading dots (a <c>...</c> token counts three) set the level.</summary>
    private static readonly Parser<Stmt> ImportFrom = input =>
    {
        var keyword = Tokens.Keyword("from")(input);
        if (!keyword.WasSuccessful) return Result.Failure<Stmt>(keyword.Remainder, keyword.Message, keyword.Expectations);
        var rest = keyword.Remainder;
        var table = Dispatch.Table(rest);
        int level = 0;
        while (true)
        {
            int p = table.SkipBlanks(rest.Position);
            string? op = Dispatch.OperatorAt(table, p);
            if (op is not ("." or "...")) break;
            level += op.Length;
            rest = LogicalInput.Jump(rest, p + op.Length);
        }
        string? module = null;
        var name = DottedName(rest);
        if (name.WasSuccessful)
        {
            module = name.Value.Name;
            rest = name.Remainder;
        }
        else if (level == 0)
        {
            return Result.Failure<Stmt>(name.Remainder, name.Message, name.Expectations);
        }
        var import = Tokens.Keyword("import")(rest);
        if (!import.WasSuccessful) return Result.Failure<Stmt>(import.Remainder, import.Message, import.Expectations);
        var targets = ImportFromTargets(import.Remainder);
        if (!targets.WasSuccessful) return Result.Failure<Stmt>(targets.Remainder, targets.Message, targets.Expectations);
        var head = Span(keyword.Value, keyword.Value);
        var end = ParseContext.Current.Span(targets.Remainder.Position, targets.Remainder.Position);
        var span = new SourceSpan(head.Start, end.Start, head.Line, head.Column, end.Line, end.Column);
        return Result.Success<Stmt>(new ImportFromStmt(module, targets.Value, level, span), targets.Remainder);
    };

    /// <summary>
    /// <c>name (, name)*</c> without parentheses: a trailing comma is not part of it. At the end of the
    /// line it is CPython's <c>invalid_import_from_targets</c> in <c>from ... import</c> ("trailing
    /// comma not allowed without surrounding parentheses", at the NEWLINE) and "invalid syntax" in
    /// <c>import</c>.
    /// </summary>
    private static Parser<ImmutableArray<Alias>> Names(Parser<Alias> item, bool trailingCommaHint) => input =>
    {
        var first = item(input);
        if (!first.WasSuccessful) return Result.Failure<ImmutableArray<Alias>>(first.Remainder, first.Message, first.Expectations);
        var (items, trailing, rest) = ExpressionGrammar.Continue(item, first);
        if (trailing is int comma)
        {
            var table = Dispatch.Table(input);
            int next = table.SkipBlanks(comma + 1);
            if (trailingCommaHint && next < table.Text.Length && table.Text[next] == LayoutScanner.Newline)
                throw ParseContext.Current.Error(SyntaxMessages.TrailingCommaInImport, next, next + 1);
            rest = LogicalInput.Jump(rest, comma);
        }
        return Result.Success<ImmutableArray<Alias>>(items is null ? [first.Value] : [first.Value, .. items], rest);
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
