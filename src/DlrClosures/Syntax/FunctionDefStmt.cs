using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>
/// <c>def name(args) -> returns: body</c> with its decorators, outermost first (CPython
/// <c>ast.FunctionDef</c>), or <c>async def</c> when <see cref="IsAsync"/> (<c>ast.AsyncFunctionDef</c>).
/// </summary>
internal sealed record FunctionDefStmt(string Name, Arguments Args, ImmutableArray<Stmt> Body, ImmutableArray<Expr> DecoratorList, SourceSpan Span) : Stmt(Span)
{
    /// <summary>The return annotation (<c>-&gt; int</c>), or null.</summary>
    public Expr? Returns { get; init; }

    /// <summary><c>async def</c>.</summary>
    public bool IsAsync { get; init; }
}
