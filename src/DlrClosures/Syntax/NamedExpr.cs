using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>The assignment expression <c>name := value</c> (CPython <c>ast.NamedExpr</c>).</summary>
internal sealed record NamedExpr(NameExpr Target, Expr Value, SourceSpan Span) : Expr(Span);
