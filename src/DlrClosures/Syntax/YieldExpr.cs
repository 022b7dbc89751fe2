using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>yield</c> or <c>yield value</c> (CPython <c>ast.Yield</c>).</summary>
internal sealed record YieldExpr(Expr? Value, SourceSpan Span) : Expr(Span);
