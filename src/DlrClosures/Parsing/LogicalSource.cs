using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// The output of <see cref="LayoutScanner"/>: the logical-line text the grammar parses, and for every
/// character of it the offset in the original file it came from, so that spans and error positions
/// always refer to what the user wrote.
/// </summary>
internal sealed class LogicalSource
{
    private readonly int[] _map;

    public LogicalSource(SourceText source, string text, int[] map)
    {
        Source = source;
        Text = text;
        _map = map;
    }

    public SourceText Source { get; }

    /// <summary>"'(' was never closed", held back until the grammar has had its say.</summary>
    public PyException? UnclosedBracket { get; init; }

    /// <summary>The deepest bracket nesting anywhere in the file (decides which thread parses it).</summary>
    public int MaxBracketDepth { get; init; }

    /// <summary>Logical lines, each ending in <see cref="LayoutScanner.Newline"/>, with indentation as markers.</summary>
    public string Text { get; }

    /// <summary>The original offset of logical position <paramref name="position"/> (the end maps to the file's end).</summary>
    public int OriginalOffset(int position) => _map[Math.Clamp(position, 0, _map.Length - 1)];

    /// <summary>The original span of the logical range [start, end).</summary>
    public SourceSpan Span(int start, int end)
    {
        int from = OriginalOffset(start);
        int to = end > start ? OriginalOffset(end - 1) + 1 : from;
        return Source.Span(from, Math.Max(from, to));
    }
}
