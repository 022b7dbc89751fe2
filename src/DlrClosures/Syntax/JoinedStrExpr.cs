using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>An f-string: its literal parts as <see cref="ConstantExpr"/>s and its fields as <see cref="FormattedValueExpr"/>s (CPython <c>ast.JoinedStr</c>).</summary>
internal sealed record JoinedStrExpr(ImmutableArray<Expr> Values, SourceSpan Span) : Expr(Span);
