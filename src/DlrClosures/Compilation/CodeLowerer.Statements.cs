using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Limits;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Statements: blocks with their lines, control flow, expression statements, del, assert.
internal sealed partial class CodeLowerer
{
    public Linq.Expression VisitBlock(BoundBlock node)
    {
        if (node.Statements.IsEmpty) return Linq.Expression.Empty();
        var lowered = new List<Linq.Expression>(node.Statements.Length * 2);
        for (int i = 0; i < node.Statements.Length; i++)
        {
            if (node.Lines[i] > 0) lowered.Add(SetLine(node.Lines[i]));
            lowered.Add(Lower(node.Statements[i]));
        }
        return Linq.Expression.Block(typeof(void), lowered);
    }

    public Linq.Expression VisitExpressionStatement(BoundExpressionStatement node) =>
        Linq.Expression.Block(typeof(void), Lower(node.Value));

    public Linq.Expression VisitPrintExpression(BoundPrintExpression node) =>
        Linq.Expression.Call(typeof(PyNames), nameof(PyNames.DisplayHook), null, Lower(node.Value));

    public Linq.Expression VisitIf(BoundIf node) =>
        Linq.Expression.IfThenElse(LowerCondition(node.Condition), Lower(node.Then), Lower(node.Else));

    // while test: body else: orElse. `break` jumps past the else clause; falling out of the loop runs it.
    public Linq.Expression VisitWhile(BoundWhile node)
    {
        var breakLabel = Linq.Expression.Label("break");
        var continueLabel = Linq.Expression.Label("continue");
        var exhausted = Linq.Expression.Label("exhausted");
        _loops.Push((breakLabel, continueLabel));
        var body = Lower(node.Body);
        _loops.Pop();
        var test = Linq.Expression.IfThen(Linq.Expression.Not(LowerCondition(node.Condition)), Linq.Expression.Goto(exhausted));
        // The line first: a KeyboardInterrupt raised at the checkpoint is reported at the while
        // line, as CPython reports the jump back.
        var iteration = new List<Linq.Expression>();
        if (node.Line > 0) iteration.Add(SetLine(node.Line));
        if (node.Checkpoint) iteration.Add(Checkpoint());
        iteration.Add(test);
        iteration.Add(body);
        if (ReferenceEquals(node, _resumeLoop)) _resumeLabel = continueLabel;
        return Linq.Expression.Block(
            Linq.Expression.Loop(Linq.Expression.Block(typeof(void), iteration), null, continueLabel),
            Linq.Expression.Label(exhausted),
            Lower(node.OrElse),
            Linq.Expression.Label(breakLabel));
    }

    // for target in iter: the iterator's MoveNext is one virtual call per element, with no
    // StopIteration exception (PyIterator). A dead target only advances the iterator, which for a
    // range boxes nothing.
    // In the compiled rest of a call (CodeLowerer.Resume.cs), a loop the call was in keeps its
    // iterator in a variable of the whole lambda, which the entry fills with the interpreter's.
    public Linq.Expression VisitFor(BoundFor node)
    {
        var resumed = _resumeIterators?.GetValueOrDefault(node);
        var iterator = resumed ?? Linq.Expression.Variable(typeof(PyIterator), "iterator");
        var item = Linq.Expression.Variable(typeof(object), "item");
        var breakLabel = Linq.Expression.Label("break");
        var continueLabel = Linq.Expression.Label("continue");
        var exhausted = Linq.Expression.Label("exhausted");
        var source = Lower(node.Iterable);
        _loops.Push((breakLabel, continueLabel));
        var body = Lower(node.Body);
        _loops.Pop();
        var advance = node.Target is null
            ? Linq.Expression.Call(iterator, nameof(PyIterator.Skip), null)
            : Linq.Expression.Call(iterator, nameof(PyIterator.MoveNext), null, item);
        var step = new List<Linq.Expression>();
        if (node.Checkpoint) step.Add(Checkpoint());
        step.Add(Linq.Expression.IfThen(Linq.Expression.Not(advance), Linq.Expression.Goto(exhausted)));
        if (node.Line > 0) step.Add(SetLine(node.Line));
        if (node.Target is not null) step.Add(LowerTarget(node.Target)(item));
        step.Add(body);
        if (ReferenceEquals(node, _resumeLoop)) _resumeLabel = continueLabel;
        var getIterator = Linq.Expression.Assign(iterator, Linq.Expression.Call(typeof(PyIteration), nameof(PyIteration.GetIterator), null, source));
        var loop = Linq.Expression.Loop(Linq.Expression.Block(typeof(void), step), null, continueLabel);
        if (node.ClosesIterator)
            return Linq.Expression.Block([iterator, item], getIterator,
                ClosingIterator(Linq.Expression.Block(typeof(void), loop, Linq.Expression.Label(exhausted), Lower(node.OrElse), Linq.Expression.Label(breakLabel)), iterator));
        return Linq.Expression.Block(
            resumed is null ? [iterator, item] : [item],
            getIterator,
            loop,
            Linq.Expression.Label(exhausted),
            Lower(node.OrElse),
            Linq.Expression.Label(breakLabel));
    }

    // A checkpoint of the execution limits (PyLimits.Checkpoint, which inlines: a decrement of the
    // frame counter's countdown, with a call only when it runs out).
    private Linq.Expression Checkpoint() =>
        Linq.Expression.Call(typeof(PyLimits), nameof(PyLimits.Checkpoint), null, _frames);

    public Linq.Expression VisitBreak(BoundBreak node)
    {
        var target = _loops.Peek().Break;
        return Jump(() => Linq.Expression.Goto(target), _finallies.Count - node.FinallyCount);
    }

    public Linq.Expression VisitContinue(BoundContinue node)
    {
        var target = _loops.Peek().Continue;
        return Jump(() => Linq.Expression.Goto(target), _finallies.Count - node.FinallyCount);
    }

    // Every return stores its value, then leaves through any enclosing finally clauses.
    // In a single loop translated on its own (LowerLoop), the finally clauses outside the loop are
    // the interpreter's: the return passes only those it is inside here.
    public Linq.Expression VisitReturn(BoundReturn node) =>
        Linq.Expression.Block(
            Linq.Expression.Assign(_result, Lower(node.Value)),
            Jump(() => Linq.Expression.Return(_return), _loopOnly ? Math.Max(0, _finallies.Count - node.FinallyCount) : _finallies.Count - node.FinallyCount));

    public Linq.Expression VisitDeleteItem(BoundDeleteItem node) =>
        Linq.Expression.Call(typeof(PyIndexing), nameof(PyIndexing.DelItem), null, Lower(node.Container), Lower(node.Index));

    public Linq.Expression VisitDeleteAttribute(BoundDeleteAttribute node) =>
        Linq.Expression.Call(typeof(PyAttributes), nameof(PyAttributes.DelAttr), null, Lower(node.Object), Linq.Expression.Constant(node.Name));

    public Linq.Expression VisitAssert(BoundAssert node) =>
        Linq.Expression.IfThen(Linq.Expression.Not(LowerCondition(node.Condition)),
            Linq.Expression.Throw(Linq.Expression.Call(typeof(PyNames), nameof(PyNames.AssertionFailed), null,
                node.Message is null ? Linq.Expression.Constant(null, typeof(object)) : Lower(node.Message))));
}
