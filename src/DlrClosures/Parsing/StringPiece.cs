using System.Collections.Immutable;
using DlrClosures.Syntax;

namespace DlrClosures.Parsing;

/// <summary>One string literal of a (possibly implicitly concatenated) run: a plain value, or an f-string's parts.</summary>
internal sealed record StringPiece(string? Value, ImmutableArray<Expr> Parts, Token Token)
{
    public bool IsFormatted => Value is null;
}
