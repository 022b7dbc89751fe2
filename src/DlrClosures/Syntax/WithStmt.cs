using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>with a as b, c: body</c>, or <c>async with</c> when <see cref="IsAsync"/> (CPython <c>ast.With</c> / <c>ast.AsyncWith</c>).</summary>
internal sealed record WithStmt(ImmutableArray<WithItem> Items, ImmutableArray<Stmt> Body, SourceSpan Span) : Stmt(Span)
{
    /// <summary><c>async with</c>.</summary>
    public bool IsAsync { get; init; }
}
