using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>await value</c> (CPython <c>ast.Await</c>).</summary>
internal sealed record AwaitExpr(Expr Value, SourceSpan Span) : Expr(Span);
