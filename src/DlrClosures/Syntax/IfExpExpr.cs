using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>body if test else orElse</c> (CPython <c>ast.IfExp</c>).</summary>
internal sealed record IfExpExpr(Expr Test, Expr Body, Expr OrElse, SourceSpan Span) : Expr(Span);
