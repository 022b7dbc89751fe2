using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A unary operation (CPython <c>ast.UnaryOp</c>).</summary>
internal sealed record UnaryOpExpr(UnaryOperator Op, Expr Operand, SourceSpan Span) : Expr(Span);
