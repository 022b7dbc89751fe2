using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>try/except/else/finally</c> (CPython <c>ast.Try</c>), or with <c>except*</c> handlers when <see cref="IsStar"/> (<c>ast.TryStar</c>).</summary>
internal sealed record TryStmt(ImmutableArray<Stmt> Body, ImmutableArray<ExceptHandler> Handlers, ImmutableArray<Stmt> OrElse, ImmutableArray<Stmt> FinalBody, SourceSpan Span) : Stmt(Span)
{
    /// <summary>The handlers are <c>except*</c> clauses.</summary>
    public bool IsStar { get; init; }
}
