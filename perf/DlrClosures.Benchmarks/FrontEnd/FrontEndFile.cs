namespace DlrClosures.Benchmarks.FrontEnd;

/// <summary>A source file of the corpus: its path, text, and physical line count (as <c>wc -l</c> counts a file that ends in a newline).</summary>
public sealed record FrontEndFile(string Path, string Text)
{
    /// <summary>Physical lines.</summary>
    public int Lines { get; } = CountLines(Text);

    /// <summary>The file name, which is how BenchmarkDotNet shows the file.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    public override string ToString() => Name;

    private static int CountLines(string text)
    {
        int lines = text.Count(c => c == '\n');
        return text.Length > 0 && text[^1] != '\n' ? lines + 1 : lines;
    }
}
