using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A parameter name (CPython <c>ast.arg</c>).</summary>
public sealed record Arg(string Name, SourceSpan Span) : SyntaxNode(Span);
