using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>{key: value for ...}</c> (CPython <c>ast.DictComp</c>).</summary>
internal sealed record DictCompExpr(Expr Key, Expr Value, ImmutableArray<Comprehension> Generators, SourceSpan Span) : Expr(Span);
