using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>[elt for ...]</c> (CPython <c>ast.ListComp</c>).</summary>
internal sealed record ListCompExpr(Expr Elt, ImmutableArray<Comprehension> Generators, SourceSpan Span) : Expr(Span);
