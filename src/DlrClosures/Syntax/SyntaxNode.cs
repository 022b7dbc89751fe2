using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>
/// Base of every node of the syntax tree. Nodes are immutable data with a span and no behaviour;
/// what later passes learn about a node lives in side tables keyed by node identity
/// (use <see cref="ReferenceEqualityComparer"/>: records compare by value).
/// </summary>
internal abstract record SyntaxNode(SourceSpan Span);
