using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A unary operation (CPython <c>ast.UnaryOp</c>).</summary>
public sealed record UnaryOpExpr(UnaryOperator Op, Expr Operand, SourceSpan Span) : Expr(Span);
