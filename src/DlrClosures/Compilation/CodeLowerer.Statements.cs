using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Statements: control flow, expression statements, return, del, assert.
internal sealed partial class CodeLowerer
{
    private Linq.Expression LowerStatement(Stmt statement) => statement switch
    {
        ExprStmt s => LowerExpressionStatement(s),
        AssignStmt s => LowerAssign(s),
        AugAssignStmt s => LowerAugAssign(s),
        FunctionDefStmt s => LowerFunctionDef(s),
        ReturnStmt s => Return(s.Value is null ? s_none : LowerExpression(s.Value)),
        IfStmt s => Linq.Expression.IfThenElse(LowerCondition(s.Test), LowerStatements(s.Body), LowerStatements(s.OrElse)),
        WhileStmt s => LowerWhile(s),
        ForStmt s => LowerFor(s),
        BreakStmt => LoopJump(loop => loop.Break),
        ContinueStmt => LoopJump(loop => loop.Continue),
        ClassDefStmt s => LowerClassDef(s),
        TryStmt s => LowerTry(s),
        RaiseStmt s => LowerRaise(s),
        PassStmt or GlobalStmt or NonlocalStmt => Linq.Expression.Empty(),
        DeleteStmt s => Linq.Expression.Block(typeof(void), s.Targets.Select(LowerDelete)),
        AssertStmt s => Linq.Expression.IfThen(Linq.Expression.Not(LowerCondition(s.Test)),
            Linq.Expression.Throw(Linq.Expression.Call(typeof(PyNames), nameof(PyNames.AssertionFailed), null,
                s.Msg is null ? Linq.Expression.Constant(null, typeof(object)) : LowerExpression(s.Msg)))),
        _ => throw new InvalidOperationException($"no lowering for {statement.GetType().Name}"),
    };

    private Linq.Expression LowerExpressionStatement(ExprStmt statement)
    {
        var value = LowerExpression(statement.Value);
        return _mode == CompileMode.Interactive && _env.IsModule
            ? Linq.Expression.Call(typeof(PyNames), nameof(PyNames.DisplayHook), null, value)
            : Linq.Expression.Block(typeof(void), value);
    }

    // while test: body else: orElse. `break` jumps past the else clause; falling out of the loop runs it.
    private Linq.Expression LowerWhile(WhileStmt statement)
    {
        var breakLabel = Linq.Expression.Label("break");
        var continueLabel = Linq.Expression.Label("continue");
        var exhausted = Linq.Expression.Label("exhausted");
        _loops.Push((breakLabel, continueLabel, _finallies.Count));
        var body = LowerStatements(statement.Body);
        _loops.Pop();
        return Linq.Expression.Block(
            Linq.Expression.Loop(
                Linq.Expression.Block(
                    SetLine(statement),
                    Linq.Expression.IfThen(Linq.Expression.Not(LowerCondition(statement.Test)), Linq.Expression.Goto(exhausted)),
                    body),
                null, continueLabel),
            Linq.Expression.Label(exhausted),
            LowerStatements(statement.OrElse),
            Linq.Expression.Label(breakLabel));
    }

    // for target in iter: the iterator's MoveNext is one virtual call per element, with no
    // StopIteration exception (PyIterator).
    private Linq.Expression LowerFor(ForStmt statement)
    {
        var iterator = Linq.Expression.Variable(typeof(PyIterator), "iterator");
        var item = Linq.Expression.Variable(typeof(object), "item");
        var breakLabel = Linq.Expression.Label("break");
        var continueLabel = Linq.Expression.Label("continue");
        var exhausted = Linq.Expression.Label("exhausted");
        var source = LowerExpression(statement.Iter);
        _loops.Push((breakLabel, continueLabel, _finallies.Count));
        var body = LowerStatements(statement.Body);
        _loops.Pop();
        // A function-local target the function never reads (`for _ in range(n)`) is a dead store:
        // the loop only advances the iterator, which for a range boxes nothing.
        bool deadTarget = statement.Target is NameExpr target && _env.Scope.Kind == Scoping.ScopeKind.Function
            && _env.Lookup(target.Id) == Scoping.BindingKind.Local && !_env.Scope.IsRead(target.Id);
        var advance = deadTarget
            ? Linq.Expression.Call(iterator, nameof(PyIterator.Skip), null)
            : Linq.Expression.Call(iterator, nameof(PyIterator.MoveNext), null, item);
        return Linq.Expression.Block(
            [iterator, item],
            Linq.Expression.Assign(iterator, Linq.Expression.Call(typeof(PyIteration), nameof(PyIteration.GetIterator), null, source)),
            Linq.Expression.Loop(
                Linq.Expression.Block(
                    Linq.Expression.IfThen(Linq.Expression.Not(advance), Linq.Expression.Goto(exhausted)),
                    SetLine(statement),
                    deadTarget ? Linq.Expression.Empty() : LowerStore(statement.Target, item),
                    body),
                null, continueLabel),
            Linq.Expression.Label(exhausted),
            LowerStatements(statement.OrElse),
            Linq.Expression.Label(breakLabel));
    }

    private Linq.Expression LoopJump(Func<(Linq.LabelTarget Break, Linq.LabelTarget Continue, int FinallyDepth), Linq.LabelTarget> target)
    {
        var loop = _loops.Peek();
        return Jump(() => Linq.Expression.Goto(target(loop)), loop.FinallyDepth);
    }

    private Linq.Expression LowerDelete(Expr target) => target switch
    {
        NameExpr name => DeleteName(name.Id),
        SubscriptExpr subscript => Linq.Expression.Call(typeof(PyIndexing), nameof(PyIndexing.DelItem), null,
            LowerExpression(subscript.Value), LowerIndex(subscript.Slice)),
        AttributeExpr attribute => Linq.Expression.Call(typeof(PyAttributes), nameof(PyAttributes.DelAttr), null,
            LowerExpression(attribute.Value), Linq.Expression.Constant(attribute.Attr)),
        TupleExpr tuple => Linq.Expression.Block(typeof(void), tuple.Elts.Select(LowerDelete)),
        ListExpr list => Linq.Expression.Block(typeof(void), list.Elts.Select(LowerDelete)),
        _ => throw Unsupported(target, BackEndMessages.CannotDelete),
    };


    private Exception Unsupported(SyntaxNode node, string message) =>
        Runtime.Exceptions.PyErrors.SyntaxError(message, _source, node.Span);
}
