using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>target op= value</c> (CPython <c>ast.AugAssign</c>).</summary>
internal sealed record AugAssignStmt(Expr Target, BinaryOperator Op, Expr Value, SourceSpan Span) : Stmt(Span);
