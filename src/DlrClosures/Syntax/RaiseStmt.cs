using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>raise [exc [from cause]]</c> (CPython <c>ast.Raise</c>).</summary>
internal sealed record RaiseStmt(Expr? Exc, Expr? Cause, SourceSpan Span) : Stmt(Span);
