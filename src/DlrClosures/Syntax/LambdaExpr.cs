using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>lambda args: body</c> (CPython <c>ast.Lambda</c>).</summary>
internal sealed record LambdaExpr(Arguments Args, Expr Body, SourceSpan Span) : Expr(Span);
