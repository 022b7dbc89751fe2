namespace DlrClosures.Text;

/// <summary>
/// A region of source text. Offsets are 0-based character offsets into <see cref="SourceText.Text"/>;
/// lines and columns are 1-based, as CPython reports them in tracebacks and SyntaxError.
/// </summary>
public readonly record struct SourceSpan(int Start, int End, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>An empty span at the start of the file, for synthesised nodes.</summary>
    public static readonly SourceSpan None = new(0, 0, 1, 1, 1, 1);

    /// <summary>The smallest span covering both <paramref name="first"/> and <paramref name="last"/>.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) =>
        new(first.Start, last.End, first.Line, first.Column, last.EndLine, last.EndColumn);
}
