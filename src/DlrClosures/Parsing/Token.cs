namespace DlrClosures.Parsing;

/// <summary>A lexeme the grammar matched: its text and its logical range [Start, End).</summary>
internal readonly record struct Token(string Text, int Start, int End);
