using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>An expression evaluated for its effect (CPython <c>ast.Expr</c>).</summary>
internal sealed record ExprStmt(Expr Value, SourceSpan Span) : Stmt(Span);
