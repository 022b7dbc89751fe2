using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>a and b and c</c> or <c>a or b or c</c> (CPython <c>ast.BoolOp</c>).</summary>
internal sealed record BoolOpExpr(BoolOperator Op, ImmutableArray<Expr> Values, SourceSpan Span) : Expr(Span);
