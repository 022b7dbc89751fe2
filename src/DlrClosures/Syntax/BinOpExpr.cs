using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A binary operation (CPython <c>ast.BinOp</c>).</summary>
internal sealed record BinOpExpr(Expr Left, BinaryOperator Op, Expr Right, SourceSpan Span) : Expr(Span);
