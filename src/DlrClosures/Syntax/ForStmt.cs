using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>for target in iter: body else: orElse</c> (CPython <c>ast.For</c>), or <c>async for</c> when <see cref="IsAsync"/>.</summary>
internal sealed record ForStmt(Expr Target, Expr Iter, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse, SourceSpan Span) : Stmt(Span)
{
    /// <summary><c>async for</c>.</summary>
    public bool IsAsync { get; init; }
}
