using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Binding;

/// <summary>A bound statement.</summary>
internal abstract record BoundStmt(SourceSpan Span) : BoundNode(Span)
{
    /// <summary>Dispatches to the visitor method of this node kind.</summary>
    public abstract T Accept<T>(IBoundStatementVisitor<T> visitor);
}

/// <summary>
/// Statements in order. <see cref="Lines"/> has one entry per statement: the line the frame records
/// (for tracebacks) before the statement runs, or 0 for a statement the binder made, which records nothing.
/// </summary>
internal sealed record BoundBlock(ImmutableArray<BoundStmt> Statements, ImmutableArray<int> Lines, SourceSpan Span) : BoundStmt(Span)
{
    /// <summary>A block with nothing in it.</summary>
    public static readonly BoundBlock Empty = new([], [], SourceSpan.None);

    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitBlock(this);
}

/// <summary>An expression evaluated for its effects.</summary>
internal sealed record BoundExpressionStatement(BoundExpr Value, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitExpressionStatement(this);
}

/// <summary>An expression statement at the interactive prompt: its value goes to the display hook (PRINT_EXPR).</summary>
internal sealed record BoundPrintExpression(BoundExpr Value, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitPrintExpression(this);
}

/// <summary><c>t1 = t2 = value</c>: the value is evaluated once, then stored to each target left to right.</summary>
internal sealed record BoundAssign(BoundExpr Value, ImmutableArray<BoundTarget> Targets, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitAssign(this);
}

/// <summary>
/// <c>a, b = x, y</c> with as many plain values as targets: every value is evaluated, left to right,
/// then stored to its target, left to right; no tuple is built.
/// </summary>
internal sealed record BoundParallelAssign(ImmutableArray<BoundExpr> Values, ImmutableArray<BoundTarget> Targets, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitParallelAssign(this);
}

/// <summary><c>if</c>: <see cref="Then"/> when the condition holds, else <see cref="Else"/>.</summary>
internal sealed record BoundIf(BoundCondition Condition, BoundStmt Then, BoundStmt Else, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitIf(this);
}

/// <summary>
/// <c>while</c>: before each test the frame records <see cref="Line"/>; the loop's own
/// <c>break</c> leaves past <see cref="OrElse"/>, which runs when the test fails. With
/// <see cref="Checkpoint"/>, each iteration begins with a checkpoint of the execution limits
/// (<c>PyLimits.Checkpoint</c>, before the test), so <c>continue</c> passes one too.
/// </summary>
internal sealed record BoundWhile(BoundCondition Condition, BoundStmt Body, BoundStmt OrElse, int Line, bool Checkpoint, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitWhile(this);
}

/// <summary>
/// <c>for</c>: the iterable is evaluated and iterated (<c>PyIteration.GetIterator</c>, then
/// <c>PyIterator.MoveNext</c>); for each item the frame records <see cref="Line"/> (unless 0, as in
/// a comprehension's loops), the item is stored to <see cref="Target"/> and the body runs.
/// A null target is a dead store (a local the code never reads): the iterator is only advanced
/// (<c>PyIterator.Skip</c>), which boxes nothing for a range. With <see cref="Checkpoint"/>, each
/// iteration begins with a checkpoint of the execution limits, before the iterator advances.
/// </summary>
internal sealed record BoundFor(BoundExpr Iterable, BoundTarget? Target, BoundStmt Body, BoundStmt OrElse, int Line, bool Checkpoint, SourceSpan Span) : BoundStmt(Span)
{
    /// <summary>
    /// The loop owns the object it iterates (its iterable is a call or a generator expression, see
    /// <c>Binder.OwnsIterable</c>): when that object is a generator, the loop closes it however the
    /// loop ends, as CPython's reference counting does when the loop drops it
    /// (<c>PyGenerator.CloseOwned</c>). Such a loop never leaves the interpreter midway.
    /// </summary>
    public bool ClosesIterator { get; init; }

    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitFor(this);
}

/// <summary>
/// <c>break</c> out of the innermost loop. <see cref="FinallyCount"/>: how many <c>finally</c>
/// clauses lie between the statement and the loop; each runs, innermost first, on the way out.
/// </summary>
internal sealed record BoundBreak(int FinallyCount, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitBreak(this);
}

/// <summary><c>continue</c> with the innermost loop; <see cref="FinallyCount"/> as for <see cref="BoundBreak"/>.</summary>
internal sealed record BoundContinue(int FinallyCount, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitContinue(this);
}

/// <summary><c>return value</c>: leaves the code object through <see cref="FinallyCount"/> enclosing <c>finally</c> clauses.</summary>
internal sealed record BoundReturn(BoundExpr Value, int FinallyCount, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitReturn(this);
}

/// <summary>
/// <c>try</c> with its handlers, <c>else</c> and <c>finally</c>, in CPython's semantics: the handlers
/// are tested in order against the exception the body raised (none matching: it propagates);
/// <see cref="OrElse"/> runs only when the body completed normally, outside the handlers;
/// <see cref="Finally"/> (null when absent) runs however the rest ends, and a <c>return</c>,
/// <c>break</c> or <c>continue</c> inside it replaces the pending jump or exception.
/// </summary>
internal sealed record BoundTry(BoundStmt Body, ImmutableArray<BoundHandler> Handlers, BoundStmt OrElse, BoundStmt? Finally, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitTry(this);
}

/// <summary>
/// One <c>except</c> clause: matches when <see cref="Type"/> is null (bare except) or
/// <c>PyExceptionHandling.Matches</c> says so; the frame records <see cref="Line"/>, then the body
/// runs. With <c>as name</c> (<see cref="Name"/> not null) the exception object (<c>PyException.Value</c>)
/// is stored to the name first and, as in CPython, the name is set to None and deleted when the
/// clause ends however it ends (a .NET-level cleanup: it is not a Python <c>finally</c> and is not
/// counted by the jumps' FinallyCount).
/// </summary>
internal sealed record BoundHandler(BoundExpr? Type, NameStorage? Name, BoundStmt Body, int Line, SourceSpan Span) : BoundNode(Span);

/// <summary>
/// <c>raise</c>. Without <see cref="Exception"/>: re-raise the exception being handled, which is
/// the innermost enclosing handler's when <see cref="InHandler"/> is true, else
/// <c>RuntimeError: No active exception to reraise</c>. With <see cref="Cause"/>: the exception is
/// evaluated first, then the cause (evaluated for its errors only, for now).
/// </summary>
internal sealed record BoundRaise(BoundExpr? Exception, BoundExpr? Cause, bool InHandler, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitRaise(this);
}

/// <summary><c>del name</c>: unbinds the name (an unbound one raises NameError or UnboundLocalError).</summary>
internal sealed record BoundDeleteName(NameStorage Storage, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitDeleteName(this);
}

/// <summary><c>del container[index]</c> (<c>PyIndexing.DelItem</c>).</summary>
internal sealed record BoundDeleteItem(BoundExpr Container, BoundExpr Index, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitDeleteItem(this);
}

/// <summary><c>del obj.name</c> (<c>PyAttributes.DelAttr</c>).</summary>
internal sealed record BoundDeleteAttribute(BoundExpr Object, string Name, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitDeleteAttribute(this);
}

/// <summary><c>assert condition, message</c>: raises <c>PyNames.AssertionFailed(message)</c> when the condition fails.</summary>
internal sealed record BoundAssert(BoundCondition Condition, BoundExpr? Message, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitAssert(this);
}

/// <summary>
/// Entry into an inlined scope (a comprehension), each time it is evaluated: creates its cells
/// (fresh boxes, so closures made by one evaluation do not share them with the next) and unbinds its locals.
/// </summary>
internal sealed record BoundEnterScope(ImmutableArray<CellInit> Cells, ImmutableArray<int> UnboundLocals, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitEnterScope(this);
}

/// <summary>
/// Appends a comprehension's element to the collection in local slot <see cref="Collection"/>:
/// <c>PyList.Append</c>, <c>PySet.Add</c>, or for a dict comprehension the key (evaluated first)
/// and <see cref="Value"/> stored as an item.
/// </summary>
internal sealed record BoundCollect(CollectionKind Kind, int Collection, BoundExpr Element, BoundExpr? Value, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitCollect(this);
}

/// <summary>The collection a comprehension or display builds.</summary>
internal enum CollectionKind
{
    List,
    Tuple,
    Set,
    Dict,
}
