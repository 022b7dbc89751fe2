using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>An expression (CPython <c>ast.expr</c>).</summary>
internal abstract record Expr(SourceSpan Span) : SyntaxNode(Span);
