using System.Collections.Immutable;
using DlrClosures.Syntax;

namespace DlrClosures.Parsing;

/// <summary>One string literal of a (possibly implicitly concatenated) run: a plain value, an f-string's parts, or bytes.</summary>
internal sealed record StringPiece(string? Value, ImmutableArray<Expr> Parts, Token Token)
{
    public bool IsFormatted => Value is null && Bytes.IsDefault;

    /// <summary>A bytes literal's value (default for a str literal).</summary>
    public ImmutableArray<byte> Bytes { get; init; }

    public bool IsBytes => !Bytes.IsDefault;
}
