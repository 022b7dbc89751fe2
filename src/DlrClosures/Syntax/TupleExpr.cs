using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>A tuple <c>a, b</c> or <c>(a, b)</c> (CPython <c>ast.Tuple</c>).</summary>
internal sealed record TupleExpr(ImmutableArray<Expr> Elts, SourceSpan Span) : Expr(Span);
