using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>yield from iterable</c> (CPython <c>ast.YieldFrom</c>).</summary>
internal sealed record YieldFromExpr(Expr Value, SourceSpan Span) : Expr(Span);
