using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A parameter name (CPython <c>ast.arg</c>).</summary>
internal sealed record Arg(string Name, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>The parameter's annotation (<c>x: int</c>), or null.</summary>
    public Expr? Annotation { get; init; }
}
