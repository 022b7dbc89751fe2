using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>A dict display; a null key means <c>**value</c> (CPython <c>ast.Dict</c>).</summary>
internal sealed record DictExpr(ImmutableArray<Expr?> Keys, ImmutableArray<Expr> Values, SourceSpan Span) : Expr(Span);
