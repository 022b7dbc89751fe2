using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>
/// <c>target: annotation [= value]</c> (CPython <c>ast.AnnAssign</c>). <c>Simple</c> is true when the
/// target is a bare name, not in parentheses: only then is the annotation stored in <c>__annotations__</c>.
/// </summary>
internal sealed record AnnAssignStmt(Expr Target, Expr Annotation, Expr? Value, bool Simple, SourceSpan Span) : Stmt(Span);
