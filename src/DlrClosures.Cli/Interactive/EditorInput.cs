namespace DlrClosures.Cli.Interactive;

/// <summary>
/// Lines from a terminal, through the <see cref="LineEditor"/>. Prompts are bold magenta, as CPython
/// 3.13's, unless <c>NO_COLOR</c> is set (any value, the NO_COLOR convention) or the terminal is <c>dumb</c>.
/// </summary>
internal sealed class EditorInput(LineEditor editor, History history, bool colour) : IReplInput
{
    /// <summary>Whether the environment allows colour: no <c>NO_COLOR</c> (any value, even empty) and a terminal that is not <c>dumb</c>.</summary>
    public static bool ColourAllowed =>
        Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public LineEditor.Outcome Read(bool continuation, out string line)
    {
        string prompt = continuation ? "... " : ">>> ";
        return editor.ReadLine(colour ? $"\x1b[1;35m{prompt}\x1b[0m" : prompt, out line);
    }

    public void Remember(string line) => history.Add(line);
}
