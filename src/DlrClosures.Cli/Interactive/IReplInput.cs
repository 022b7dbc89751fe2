namespace DlrClosures.Cli.Interactive;

/// <summary>Where the prompt's lines come from: a terminal with line editing, or plain piped text.</summary>
internal interface IReplInput
{
    /// <summary>
    /// Shows the prompt (<c>&gt;&gt;&gt; </c>, or <c>... </c> when <paramref name="continuation"/>) and reads a line.
    /// </summary>
    LineEditor.Outcome Read(bool continuation, out string line);

    /// <summary>Records a complete entry, for a later Up.</summary>
    void Remember(string line);
}
