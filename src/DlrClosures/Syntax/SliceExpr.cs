using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>lower:upper:step</c> inside a subscript (CPython <c>ast.Slice</c>).</summary>
internal sealed record SliceExpr(Expr? Lower, Expr? Upper, Expr? Step, SourceSpan Span) : Expr(Span);
