using DlrClosures.Scoping;
using DlrClosures.Syntax;
using static DlrClosures.Interpretation.StatementNodes;

namespace DlrClosures.Interpretation;

// Statements: control flow, expression statements, return, del, assert.
internal sealed partial class NodeBuilder
{
    private ExecStmt BuildStatement(Stmt statement) => statement switch
    {
        ExprStmt s => BuildExpressionStatement(s),
        AssignStmt s => BuildAssign(s),
        AugAssignStmt s => BuildAugAssign(s),
        FunctionDefStmt s => BuildFunctionDef(s),
        ReturnStmt s => new Return(s.Value is null ? s_none : BuildExpression(s.Value)),
        IfStmt s => BuildIf(s),
        WhileStmt s => BuildWhile(s),
        ForStmt s => BuildFor(s),
        BreakStmt => Break.Instance,
        ContinueStmt => Continue.Instance,
        ClassDefStmt s => BuildClassDef(s),
        TryStmt s => BuildTry(s),
        RaiseStmt s => BuildRaise(s),
        PassStmt or GlobalStmt or NonlocalStmt => Pass.Instance,
        DeleteStmt s => new Delete(s.Targets.Select(BuildDeleteTarget).ToArray()),
        AssertStmt s => BuildAssert(s),
        _ => throw new InvalidOperationException($"no interpretation for {statement.GetType().Name}"),
    };

    private ExecStmt BuildExpressionStatement(ExprStmt statement)
    {
        var value = BuildExpression(statement.Value);
        return _mode == CompileMode.Interactive && _storage.IsModule ? new Display(value) : new Expression(value);
    }

    private ExecStmt BuildIf(IfStmt statement)
    {
        var test = BuildCondition(statement.Test);
        var body = BuildStatements(statement.Body);
        return new If(test, body, BuildStatements(statement.OrElse));
    }

    // The order of building follows the compiler's lowering (body, then test), so that of two
    // compile-time errors the same one is reported.
    private ExecStmt BuildWhile(WhileStmt statement)
    {
        var body = BuildStatements(statement.Body);
        var test = BuildCondition(statement.Test);
        return new LoopNodes.While(test, body, BuildStatements(statement.OrElse), statement.Span.Line);
    }

    private ExecStmt BuildFor(ForStmt statement)
    {
        var iterable = BuildExpression(statement.Iter);
        var body = BuildStatements(statement.Body);
        // As the compiler does: a function-local target the function never reads is a dead store,
        // so the loop only advances the iterator (a range then boxes nothing).
        if (statement.Target is NameExpr name && _storage.Scope.Kind == ScopeKind.Function
            && _storage.Scope.Lookup(name.Id) == BindingKind.Local && !_storage.Scope.IsRead(name.Id))
            return new LoopNodes.ForSkip(iterable, body, BuildStatements(statement.OrElse), statement.Span.Line);
        var target = BuildStoreTarget(statement.Target);
        return new LoopNodes.For(iterable, target, body, BuildStatements(statement.OrElse), statement.Span.Line);
    }

    private ExecStmt BuildAssert(AssertStmt statement)
    {
        var test = BuildCondition(statement.Test);
        return new Assert(test, statement.Msg is null ? null : BuildExpression(statement.Msg));
    }
}
