using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>One <c>for target in iter if cond...</c> clause of a comprehension (CPython <c>ast.comprehension</c>).</summary>
internal sealed record Comprehension(Expr Target, Expr Iter, ImmutableArray<Expr> Ifs, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary><c>async for</c>.</summary>
    public bool IsAsync { get; init; }
}
