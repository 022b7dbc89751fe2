using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>One <c>{value!conversion:spec}</c> field of an f-string. <c>Conversion</c> is 's', 'r', 'a', or '\\0' for none (CPython <c>ast.FormattedValue</c>).</summary>
internal sealed record FormattedValueExpr(Expr Value, char Conversion, Expr? FormatSpec, SourceSpan Span) : Expr(Span);
