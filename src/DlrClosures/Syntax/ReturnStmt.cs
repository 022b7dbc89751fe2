using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>return [value]</c> (CPython <c>ast.Return</c>).</summary>
internal sealed record ReturnStmt(Expr? Value, SourceSpan Span) : Stmt(Span);
