using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>A call. Positional arguments may include <see cref="StarredExpr"/> for <c>*x</c>; keywords with a null name are <c>**x</c> (CPython <c>ast.Call</c>).</summary>
internal sealed record CallExpr(Expr Func, ImmutableArray<Expr> Args, ImmutableArray<Keyword> Keywords, SourceSpan Span) : Expr(Span);
