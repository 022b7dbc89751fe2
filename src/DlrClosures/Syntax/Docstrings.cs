using System.Collections.Immutable;

namespace DlrClosures.Syntax;

/// <summary>Where a docstring comes from (the language reference, "docstring" in the glossary).</summary>
internal static class Docstrings
{
    /// <summary>The docstring of a body: its first statement, when that is a plain string literal.</summary>
    public static string? Of(ImmutableArray<Stmt> body) =>
        body is [ExprStmt { Value: ConstantExpr { Value: string doc } }, ..] ? doc : null;
}
