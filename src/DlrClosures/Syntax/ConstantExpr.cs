using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>
/// A literal: <c>long</c> or <c>BigInteger</c> for int, <c>double</c>, <c>System.Numerics.Complex</c>
/// for an imaginary literal, <c>string</c>, <c>ImmutableArray&lt;byte&gt;</c> for bytes, <c>bool</c>, None
/// (<c>Runtime.PyNone.Instance</c>) or Ellipsis (CPython <c>ast.Constant</c>).
/// </summary>
internal sealed record ConstantExpr(object Value, SourceSpan Span) : Expr(Span);
