using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Binding;

/// <summary>Where an assignment, a <c>for</c> loop or a comprehension stores a value.</summary>
internal abstract record BoundTarget(SourceSpan Span) : BoundNode(Span)
{
    /// <summary>Dispatches to the visitor method of this node kind.</summary>
    public abstract T Accept<T>(IBoundTargetVisitor<T> visitor);
}

/// <summary>Stores to a name's storage.</summary>
internal sealed record BoundNameTarget(NameStorage Storage, SourceSpan Span) : BoundTarget(Span)
{
    public override T Accept<T>(IBoundTargetVisitor<T> visitor) => visitor.VisitName(this);
}

/// <summary>
/// <c>a, *b, c = value</c>: the value is unpacked (<c>PyIteration.Unpack</c>, or
/// <c>PyIteration.UnpackStarred</c> when <see cref="StarIndex"/> is not -1) and each element stored,
/// left to right; the starred target receives a list.
/// </summary>
internal sealed record BoundUnpackTarget(ImmutableArray<BoundTarget> Targets, int StarIndex, SourceSpan Span) : BoundTarget(Span)
{
    public override T Accept<T>(IBoundTargetVisitor<T> visitor) => visitor.VisitUnpack(this);
}

/// <summary><c>container[index] = value</c>: container, then index, are evaluated when the store happens (after the value).</summary>
internal sealed record BoundItemTarget(BoundExpr Container, BoundExpr Index, SourceSpan Span) : BoundTarget(Span)
{
    public override T Accept<T>(IBoundTargetVisitor<T> visitor) => visitor.VisitItem(this);
}

/// <summary><c>obj.name = value</c>: the object is evaluated when the store happens.</summary>
internal sealed record BoundAttributeTarget(BoundExpr Object, string Name, SourceSpan Span) : BoundTarget(Span)
{
    public override T Accept<T>(IBoundTargetVisitor<T> visitor) => visitor.VisitAttribute(this);
}
