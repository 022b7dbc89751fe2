namespace DlrClosures.Hosting;

/// <summary>How a piece of source is to be read (the names of Microsoft.Scripting's <c>SourceCodeKind</c>).</summary>
public enum SourceCodeKind
{
    /// <summary>An expression if the text is one (its value is the result), else statements.</summary>
    AutoDetect,

    /// <summary>A single expression; executing it returns its value.</summary>
    Expression,

    /// <summary>A sequence of statements; executing it returns null.</summary>
    Statements,

    /// <summary>REPL input: expression statements print the repr of their value.</summary>
    InteractiveCode,

    /// <summary>A whole file; like <see cref="Statements"/>.</summary>
    File,
}
