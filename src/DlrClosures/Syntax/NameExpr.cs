using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A name, read, assigned or deleted by its position (CPython <c>ast.Name</c>).</summary>
internal sealed record NameExpr(string Id, SourceSpan Span) : Expr(Span);
