using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>A list display <c>[a, b]</c> (CPython <c>ast.List</c>).</summary>
internal sealed record ListExpr(ImmutableArray<Expr> Elts, SourceSpan Span) : Expr(Span);
