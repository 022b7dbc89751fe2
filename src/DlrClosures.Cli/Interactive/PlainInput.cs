namespace DlrClosures.Cli.Interactive;

/// <summary>
/// Lines from a reader that is not a terminal (<c>dlrc -i</c> with piped input): plain prompts on
/// <paramref name="prompts"/> (stderr, as CPython keeps stdout the program's), no escape sequences,
/// no history.
/// </summary>
internal sealed class PlainInput(TextReader input, TextWriter prompts) : IReplInput
{
    public LineEditor.Outcome Read(bool continuation, out string line)
    {
        prompts.Write(continuation ? "... " : ">>> ");
        prompts.Flush();
        string? read = input.ReadLine();
        line = read ?? "";
        if (read is not null) return LineEditor.Outcome.Line;
        prompts.Write("\n");
        prompts.Flush();
        return LineEditor.Outcome.EndOfInput;
    }

    public void Remember(string line)
    {
    }
}
