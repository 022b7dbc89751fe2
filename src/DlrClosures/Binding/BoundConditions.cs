using System.Collections.Immutable;
using DlrClosures.Runtime.Binders;
using DlrClosures.Text;

namespace DlrClosures.Binding;

/// <summary>
/// An expression whose truth decides a branch (the tests of <c>if</c>, <c>while</c>, <c>assert</c>,
/// conditional expressions, comprehension filters, the operand of <c>not</c>): both back ends
/// produce an unboxed bool, so <c>if a &lt; b:</c> boxes nothing.
/// </summary>
internal abstract record BoundCondition(SourceSpan Span) : BoundNode(Span)
{
    /// <summary>Dispatches to the visitor method of this node kind.</summary>
    public abstract T Accept<T>(IBoundConditionVisitor<T> visitor);
}

/// <summary>A literal True or False.</summary>
internal sealed record BoundConstantCondition(bool Value, SourceSpan Span) : BoundCondition(Span)
{
    public override T Accept<T>(IBoundConditionVisitor<T> visitor) => visitor.VisitConstant(this);
}

/// <summary>The Python truth of a value (<c>PyComparison.IsTrue</c>).</summary>
internal sealed record BoundTruth(BoundExpr Value, SourceSpan Span) : BoundCondition(Span)
{
    public override T Accept<T>(IBoundConditionVisitor<T> visitor) => visitor.VisitTruth(this);
}

/// <summary><c>not</c> of a condition.</summary>
internal sealed record BoundNotCondition(BoundCondition Operand, SourceSpan Span) : BoundCondition(Span)
{
    public override T Accept<T>(IBoundConditionVisitor<T> visitor) => visitor.VisitNot(this);
}

/// <summary><c>a and b and ...</c> (<see cref="IsOr"/> false) or <c>a or b or ...</c>, short-circuiting, left to right.</summary>
internal sealed record BoundLogicalCondition(bool IsOr, ImmutableArray<BoundCondition> Operands, SourceSpan Span) : BoundCondition(Span)
{
    public override T Accept<T>(IBoundConditionVisitor<T> visitor) => visitor.VisitLogical(this);
}

/// <summary>
/// One comparison as a condition: <c>is</c>/<c>is not</c> by reference, <c>in</c>/<c>not in</c>
/// through <c>PyComparison.Contains</c> (the item, <see cref="Left"/>, evaluated before the container),
/// the rich comparisons (<see cref="Op"/>, when <see cref="Kind"/> is Rich) through the binder's bool-returning site (<see cref="IntRule"/> as for
/// <see cref="BoundBinary"/>).
/// </summary>
internal sealed record BoundCompareCondition(ComparisonKind Kind, PyBinaryOp Op, BoundExpr Left, BoundExpr Right, bool IntRule, SourceSpan Span) : BoundCondition(Span)
{
    public override T Accept<T>(IBoundConditionVisitor<T> visitor) => visitor.VisitCompare(this);
}
