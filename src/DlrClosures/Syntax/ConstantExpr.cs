using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A literal: <c>long</c> or <c>BigInteger</c> for int, <c>double</c>, <c>string</c>, <c>bool</c>, or None (<c>Runtime.PyNone.Instance</c>) (CPython <c>ast.Constant</c>).</summary>
public sealed record ConstantExpr(object Value, SourceSpan Span) : Expr(Span);
