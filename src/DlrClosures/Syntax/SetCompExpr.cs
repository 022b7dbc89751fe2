using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>{elt for ...}</c> (CPython <c>ast.SetComp</c>).</summary>
internal sealed record SetCompExpr(Expr Elt, ImmutableArray<Comprehension> Generators, SourceSpan Span) : Expr(Span);
