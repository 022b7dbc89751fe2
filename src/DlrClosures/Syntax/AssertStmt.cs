using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>assert test[, msg]</c> (CPython <c>ast.Assert</c>).</summary>
internal sealed record AssertStmt(Expr Test, Expr? Msg, SourceSpan Span) : Stmt(Span);
