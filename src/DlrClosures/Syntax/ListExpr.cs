using System.Collections.Immutable;

namespace DlrClosures.Syntax;

/// <summary>A list display <c>[a, b]</c> (CPython <c>ast.List</c>).</summary>
public sealed record ListExpr(ImmutableArray<Expr> Elts, SourceSpan Span) : Expr(Span);
