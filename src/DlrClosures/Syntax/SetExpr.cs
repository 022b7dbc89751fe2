using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>A set display <c>{a, b}</c> (CPython <c>ast.Set</c>).</summary>
internal sealed record SetExpr(ImmutableArray<Expr> Elts, SourceSpan Span) : Expr(Span);
