using DlrClosures.Text;

namespace DlrClosures.Binding;

/// <summary>
/// Base of the bound tree, the output of the <see cref="Binder"/>: immutable, every name resolved
/// to a <see cref="NameStorage"/>, every operation chosen, sugar lowered to a small core. Nodes keep
/// the span of the source they came from, never a reference to a syntax node.
/// </summary>
/// <remarks>
/// Four categories, each with its own visitor interface (<see cref="IBoundStatementVisitor{T}"/>,
/// <see cref="IBoundExpressionVisitor{T}"/>, <see cref="IBoundConditionVisitor{T}"/>,
/// <see cref="IBoundTargetVisitor{T}"/>). A back end implements all four, so a node kind it forgets
/// is a compile error, not a run-time fall-through. The node records of one category share a file
/// (as Roslyn generates its BoundNodes into one), since each is a line of data.
/// </remarks>
internal abstract record BoundNode(SourceSpan Span);
