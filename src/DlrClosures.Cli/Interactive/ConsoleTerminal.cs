namespace DlrClosures.Cli.Interactive;

/// <summary>The process's terminal, through <see cref="Console"/> (which puts it in raw mode while a key is read).</summary>
internal sealed class ConsoleTerminal(TextWriter output) : ITerminal
{
    public ConsoleKeyInfo ReadKey()
    {
        // Ctrl-C at the prompt is a key: it cancels the line being typed, as in CPython.
        Console.TreatControlCAsInput = true;
        try
        {
            return Console.ReadKey(intercept: true);
        }
        finally
        {
            Console.TreatControlCAsInput = false;
        }
    }

    public void Write(string text)
    {
        output.Write(text);
        output.Flush();
    }
}
