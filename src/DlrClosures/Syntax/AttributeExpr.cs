using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>value.attr</c> (CPython <c>ast.Attribute</c>).</summary>
internal sealed record AttributeExpr(Expr Value, string Attr, SourceSpan Span) : Expr(Span);
