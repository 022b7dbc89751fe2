namespace DlrClosures.Text;

/// <summary>The text of one source file and the path it is reported under.</summary>
internal sealed class SourceText
{
    private int[]? _lineStarts;

    /// <summary>The line index <see cref="GetPosition"/> found last: a parser asks about nearby offsets in turn, so it is usually right (an int, read and written whole, so threads sharing the text at worst miss).</summary>
    private int _lastLine;

    public SourceText(string text, string path)
    {
        Text = text;
        Path = path;
    }

    /// <summary>The source, exactly as read.</summary>
    public string Text { get; }

    /// <summary>The path shown in tracebacks and syntax errors (<c>&lt;string&gt;</c> for code given as text).</summary>
    public string Path { get; }

    /// <summary>The text of 1-based line <paramref name="line"/> without its line terminator, or "" past the end.</summary>
    public string GetLine(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length) return "";
        int start = starts[line - 1];
        int end = line < starts.Length ? starts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text.Substring(start, end - start);
    }

    /// <summary>The 1-based line and column of a 0-based offset.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        var starts = LineStarts;
        int index = _lastLine;
        if (index >= starts.Length || offset < starts[index] || (index + 1 < starts.Length && offset >= starts[index + 1]))
        {
            index = LineOf(starts, offset);
            _lastLine = index;
        }
        return (index + 1, offset - starts[index] + 1);
    }

    // The last line start at or before offset (a binary search written out: Array.BinarySearch<int> is
    // framework code over a value type, which ReadyToRun leaves to the JIT at start-up).
    private static int LineOf(int[] starts, int offset)
    {
        int low = 0, high = starts.Length - 1;
        while (low < high)
        {
            int middle = low + (high - low + 1) / 2;
            if (starts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    /// <summary>The span of line <paramref name="line"/> without its indentation and terminator.</summary>
    public SourceSpan LineSpan(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length) return SourceSpan.None;
        string text = GetLine(line);
        int indent = text.Length - text.TrimStart().Length;
        int start = starts[line - 1] + indent;
        return Span(start, starts[line - 1] + text.TrimEnd().Length);
    }

    /// <summary>A span from two 0-based offsets.</summary>
    public SourceSpan Span(int start, int end)
    {
        var (line, column) = GetPosition(start);
        var (endLine, endColumn) = GetPosition(end);
        return new SourceSpan(start, end, line, column, endLine, endColumn);
    }

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) starts.Add(i + 1);
        }
        return starts.ToArray();
    }
}
