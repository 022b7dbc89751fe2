namespace DlrClosures.Parsing;

/// <summary>A lexeme the grammar matched: its text and its logical range [Start, End).</summary>
/// <remarks>
/// A class, not a struct: Sprache's generic combinators instantiated over a reference type share
/// the ReadyToRun code compiled for them, while each instantiation over a struct is JIT-compiled
/// when dlrc starts (dozens of methods for Token alone).
/// </remarks>
internal sealed record Token(string Text, int Start, int End);
