namespace DlrClosures.Hosting;

/// <summary>What <see cref="ScriptSource.GetCodeProperties"/> found (Microsoft.Scripting's names).</summary>
public enum ScriptCodeParseResult
{
    /// <summary>The source parses.</summary>
    Complete,

    /// <summary>Only white space and comments.</summary>
    Empty,

    /// <summary>A syntax error that more input cannot fix.</summary>
    Invalid,

    /// <summary>Inside an unterminated token, such as a triple-quoted string.</summary>
    IncompleteToken,

    /// <summary>A statement that needs more lines: an open bracket, or a block not yet ended by a blank line.</summary>
    IncompleteStatement,
}
