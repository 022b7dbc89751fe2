using DlrClosures.Binding;
using static DlrClosures.Interpretation.StatementNodes;

namespace DlrClosures.Interpretation;

// Statements: blocks, assignment, control flow, exceptions, del, and the statements lowering made
// (entering an inlined comprehension, collecting its elements).
internal sealed partial class NodeBuilder
{
    public ExecStmt VisitBlock(BoundBlock node)
    {
        if (node.Statements.IsEmpty) return Block.Empty;
        if (HasYield(node)) return ResumableBlock(node);
        var statements = Statements(node.Statements);
        // A statement the binder made records no line: alone in its block, it needs no block.
        if (statements.Length == 1 && node.Lines[0] == 0) return statements[0];
        return new Block(statements, [.. node.Lines], node);
    }

    public ExecStmt VisitExpressionStatement(BoundExpressionStatement node) => new Expression(Expression(node.Value));

    public ExecStmt VisitPrintExpression(BoundPrintExpression node) => new Display(Expression(node.Value));

    public ExecStmt VisitAssign(BoundAssign node)
    {
        var value = Expression(node.Value);
        var targets = Targets(node.Targets);
        return targets is [NameTargets.Local local] ? new AssignmentNodes.AssignLocal(value, local.Slot) : new AssignmentNodes.Assign(value, targets);
    }

    public ExecStmt VisitParallelAssign(BoundParallelAssign node)
    {
        var values = Expressions(node.Values);
        return new AssignmentNodes.AssignParallel(values, Targets(node.Targets));
    }

    public ExecStmt VisitIf(BoundIf node)
    {
        if (HasYield(node)) return ResumableIf(node);
        var test = Condition(node.Condition);
        var then = Statement(node.Then);
        return new If(test, then, Statement(node.Else), node);
    }

    public ExecStmt VisitWhile(BoundWhile node)
    {
        if (HasYield(node)) return ResumableWhile(node);
        var test = Condition(node.Condition);
        var body = Statement(node.Body);
        return new LoopNodes.While(test, body, OrElse(node.OrElse), node.Line, node.Checkpoint, node, ResumeAfter, LoopOnly);
    }

    public ExecStmt VisitFor(BoundFor node)
    {
        if (HasYield(node)) return ResumableFor(node);
        if (node.ClosesIterator) return ClosingFor(node);
        var iterable = Expression(node.Iterable);
        if (node.Target is null)
        {
            var skipBody = Statement(node.Body);
            return new LoopNodes.ForSkip(iterable, skipBody, OrElse(node.OrElse), node.Line, node.Checkpoint, node, ResumeAfter, LoopOnly);
        }
        var target = Target(node.Target);
        var body = Statement(node.Body);
        return new LoopNodes.For(iterable, target, body, OrElse(node.OrElse), node.Line, node.Checkpoint, node, ResumeAfter, LoopOnly);
    }

    // FinallyCount needs nothing here: a jump travels out as a Completion, through every finally.
    public ExecStmt VisitBreak(BoundBreak node) => Break.Instance;

    public ExecStmt VisitContinue(BoundContinue node) => Continue.Instance;

    public ExecStmt VisitReturn(BoundReturn node) => new Return(Expression(node.Value));

    public ExecStmt VisitTry(BoundTry node)
    {
        if (HasYield(node)) return ResumableTry(node);
        var body = Statement(node.Body);
        var (handlers, errorSlot) = Handlers(node);
        var orElse = node.OrElse is BoundBlock { Statements.IsEmpty: true } ? null : Statement(node.OrElse);
        var finalBody = node.Finally is null ? null : Statement(node.Finally);
        return new ExceptionNodes.Try(body, handlers, orElse, finalBody, errorSlot);
    }

    // The except clauses of a try, with the slot for the exception they handle (-1: none).
    private (ExceptionNodes.Handler[] Handlers, int ErrorSlot) Handlers(BoundTry node)
    {
        var handlers = new ExceptionNodes.Handler[node.Handlers.Length];
        int errorSlot = -1;
        if (handlers.Length > 0)
        {
            errorSlot = NewHandlerSlot();
            for (int i = 0; i < handlers.Length; i++)
            {
                var handler = node.Handlers[i];
                var type = Optional(handler.Type);
                _handling.Push(errorSlot);
                try
                {
                    var name = handler.Name is null ? null : NameTarget(handler.Name);
                    handlers[i] = new ExceptionNodes.Handler(type, name, Statement(handler.Body), handler.Line);
                }
                finally
                {
                    _handling.Pop();
                }
            }
        }
        return (handlers, errorSlot);
    }

    public ExecStmt VisitRaise(BoundRaise node)
    {
        if (node.Exception is null)
            return node.InHandler ? new ExceptionNodes.Reraise(_handling.Peek()) : new ExceptionNodes.RaiseNoActive();
        var exception = Expression(node.Exception);
        return new ExceptionNodes.Raise(exception, Optional(node.Cause));
    }

    public ExecStmt VisitDeleteName(BoundDeleteName node) => new DeleteName(NameTarget(node.Storage));

    public ExecStmt VisitDeleteItem(BoundDeleteItem node)
    {
        var container = Expression(node.Container);
        return new DeleteItem(container, Expression(node.Index));
    }

    public ExecStmt VisitDeleteAttribute(BoundDeleteAttribute node) => new DeleteAttribute(Expression(node.Object), node.Name);

    public ExecStmt VisitAssert(BoundAssert node)
    {
        var test = Condition(node.Condition);
        return new Assert(test, Optional(node.Message));
    }

    public ExecStmt VisitEnterScope(BoundEnterScope node) =>
        new EnterScope([.. node.Cells], [.. node.UnboundLocals]);

    public ExecStmt VisitCollect(BoundCollect node)
    {
        var element = Expression(node.Element);
        var value = Optional(node.Value);
        return node.Kind switch
        {
            CollectionKind.Set => new CollectSet(node.Collection, element),
            CollectionKind.Dict => new CollectDict(node.Collection, element, value!),
            _ => new CollectList(node.Collection, element),
        };
    }
}
