namespace DlrClosures.Cli.Interactive;

/// <summary>What the line editor needs from a terminal: keystrokes in, text and escape sequences out. Tests supply their own.</summary>
internal interface ITerminal
{
    /// <summary>The next keystroke, without echoing it.</summary>
    ConsoleKeyInfo ReadKey();

    /// <summary>Writes <paramref name="text"/> (with ANSI escape sequences) and flushes it.</summary>
    void Write(string text);
}
