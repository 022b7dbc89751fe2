using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>*value</c> in a call, a display or an assignment target (CPython <c>ast.Starred</c>).</summary>
internal sealed record StarredExpr(Expr Value, SourceSpan Span) : Expr(Span);
