using DlrClosures.Binding;

namespace DlrClosures.Interpretation;

// A generator's body: the statements that contain a resume point are built as GeneratorNodes,
// each with the ranges of its children; every other statement is built as usual. A for loop that
// closes what it iterates (BoundFor.ClosesIterator) is built as a ClosingFor anywhere.
internal sealed partial class NodeBuilder
{
    private bool HasYield(BoundStmt statement) => _bound.Generator?.HasYield(statement) == true;

    private GeneratorNodes.Range RangeOf(BoundStmt? statement)
    {
        if (statement is null || _bound.Generator is not { } generator) return new(int.MaxValue, 0);
        var (first, last) = generator.Range(statement);
        return new(first, last);
    }

    public ExecStmt VisitYield(BoundYield node)
    {
        var value = Optional(node.Value);
        return new GeneratorNodes.Yield(node.State, value, node.Target is null ? null : Target(node.Target));
    }

    public ExecStmt VisitYieldFrom(BoundYieldFrom node)
    {
        var iterable = Expression(node.Iterable);
        var target = node.Target is null ? null : Target(node.Target);
        return new GeneratorNodes.YieldFrom(node.State, iterable, target, NewHandlerSlot());
    }

    private ExecStmt ResumableBlock(BoundBlock node) =>
        new GeneratorNodes.Block(Statements(node.Statements), [.. node.Lines], [.. node.Statements.Select(RangeOf)]);

    private ExecStmt ResumableIf(BoundIf node)
    {
        var test = Condition(node.Condition);
        var then = Statement(node.Then);
        return new GeneratorNodes.If(test, then, Statement(node.Else), RangeOf(node.Then));
    }

    private ExecStmt ResumableWhile(BoundWhile node)
    {
        var test = Condition(node.Condition);
        var body = Statement(node.Body);
        return new GeneratorNodes.While(test, body, Statement(node.OrElse), RangeOf(node.Body), node.Line, node.Checkpoint);
    }

    private ExecStmt ResumableFor(BoundFor node)
    {
        var iterable = Expression(node.Iterable);
        var target = node.Target is null ? null : Target(node.Target);
        var body = Statement(node.Body);
        return new GeneratorNodes.For(iterable, target, body, Statement(node.OrElse), RangeOf(node.Body),
            node.Line, node.Checkpoint, NewHandlerSlot(), node.ClosesIterator);
    }

    // A loop that closes what it iterates: never on a resumable path, never compiled on its own
    // (the compiled loop puts a try around itself, which a jump into the loop cannot enter).
    private ExecStmt ClosingFor(BoundFor node)
    {
        if (_resume is not null) _resume.SomeLoopCannotResume = true;
        var iterable = Expression(node.Iterable);
        var target = node.Target is null ? null : Target(node.Target);
        var body = Statement(node.Body);
        return new GeneratorNodes.ClosingFor(iterable, target, body, OrElse(node.OrElse), node.Line, node.Checkpoint);
    }

    private ExecStmt ResumableTry(BoundTry node)
    {
        var body = Statement(node.Body);
        var (handlers, errorSlot) = Handlers(node);
        var orElse = node.OrElse is BoundBlock { Statements.IsEmpty: true } ? null : Statement(node.OrElse);
        var finalBody = node.Finally is null ? null : Statement(node.Finally);
        var finalRange = RangeOf(node.Finally);
        return new GeneratorNodes.Try(body, handlers, orElse, finalBody, errorSlot, RangeOf(node.Body),
            [.. node.Handlers.Select(handler => RangeOf(handler.Body))], RangeOf(node.OrElse), finalRange,
            finalRange.Last > 0 ? NewHandlerSlot() : -1);
    }
}
