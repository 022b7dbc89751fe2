using System.Text;
using DlrClosures.Text;

namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// A Python exception in flight. This is the one exception type that leaves the engine: syntax
/// errors, compile-time scope errors and run-time errors alike carry their Python class
/// (<see cref="PythonType"/>), message, traceback and, where known, the source span.
/// </summary>
/// <remarks>
/// The traceback is built as the exception unwinds: every Python frame it leaves adds itself with
/// <see cref="AddFrame"/>, innermost first; <see cref="Traceback"/> lists them outermost first,
/// the order CPython prints.
/// </remarks>
public sealed class PyException : Exception
{
    private readonly List<TracebackFrame> _frames = [];
    private PyExceptionObject? _value;

    /// <summary>
    /// Creates an exception of <paramref name="type"/> whose <c>str()</c> is <paramref name="message"/>,
    /// raising <paramref name="value"/> when Python code made the exception object itself.
    /// </summary>
    internal PyException(PyExceptionType type, string message, PyExceptionObject? value = null)
        : base(message)
    {
        Type = type;
        _value = value;
        if (value is not null) value.Carrier = this;
    }

    /// <summary>
    /// Creates an exception of <paramref name="type"/> that stands for <paramref name="innerException"/>,
    /// a .NET exception thrown by host code a script called; the host finds the original as
    /// <see cref="Exception.InnerException"/>.
    /// </summary>
    public PyException(PyExceptionType type, string message, Exception innerException)
        : base(message, innerException)
    {
        Type = type;
    }

    /// <summary>The Python class of the exception.</summary>
    public PyExceptionType Type { get; }

    /// <summary>The Python class name, as printed on the last line of a traceback.</summary>
    public string PythonType => Type.Name;

    /// <summary>
    /// The exception object Python code sees (<c>except E as e</c>): the one that was raised, or, for
    /// an error the runtime raised, one made on first use with the message as its only argument.
    /// </summary>
    internal PyExceptionObject Value => _value ??= new PyExceptionObject(Type, Message.Length == 0 ? [] : [Message]) { Carrier = this };

    /// <summary>The exception object if Python code has made or seen it, else null (no chain, no notes).</summary>
    internal PyExceptionObject? ValueIfMade => _value;

    /// <summary>
    /// The Python depth of the frame whose <c>except</c>, <c>finally</c> or <c>with</c> caught the
    /// exception and recorded that frame's traceback entry then (<see cref="PyExceptionHandling.Caught"/>),
    /// or -1: when it leaves that frame later (raised again), the entry is not recorded twice.
    /// </summary>
    internal int CaughtAtDepth = -1;

    /// <summary>
    /// True once <c>__context__</c> has been decided for this raise: at the <c>raise</c> statement,
    /// or for an error the runtime raised, where it is first caught or leaves a handler
    /// (<see cref="DecideContext"/>).
    /// </summary>
    internal bool ContextDecided;

    /// <summary>
    /// Implicit chaining (_PyErr_SetObject): the exception being handled where this one was raised,
    /// <paramref name="handling"/>, becomes its <c>__context__</c>. Decided once per raise: the
    /// innermost handler the exception is seen by is the one it was raised under.
    /// </summary>
    internal void DecideContext(PyException? handling)
    {
        if (ContextDecided) return;
        ContextDecided = true;
        if (handling is not null && !ReferenceEquals(handling, this)) Value.SetImplicitContext(handling.Value);
    }

    /// <summary>How many frames the traceback has.</summary>
    internal int FrameCount => _frames.Count;

    /// <summary>Starts the traceback with <paramref name="outermostFirst"/>, the frames of the object's earlier raise.</summary>
    internal void SeedFrames(IReadOnlyList<TracebackFrame> outermostFirst)
    {
        for (int i = outermostFirst.Count - 1; i >= 0; i--) _frames.Add(outermostFirst[i]);
    }

    /// <summary>For syntax errors: the file, line, column and text of the error.</summary>
    public SyntaxErrorLocation? SyntaxLocation { get; init; }

    /// <summary>
    /// Where the exception was raised: the offending text for a syntax error, the line of the
    /// statement that raised for a run-time error (its innermost Python frame); null when unknown.
    /// </summary>
    public SourceSpan? Span { get; set; }

    /// <summary>Python frames the exception passed through, outermost first.</summary>
    public IReadOnlyList<TracebackFrame> Traceback
    {
        get
        {
            var copy = new List<TracebackFrame>(_frames);
            copy.Reverse();
            return copy;
        }
    }

    /// <summary>Records that the exception unwound through a frame (called innermost first).</summary>
    public void AddFrame(TracebackFrame frame) => _frames.Add(frame);

    // CPython's tb_print_internal (Python/traceback.c): after three identical frames in a row
    // (same file, line and function), the rest are counted instead of printed.
    private const int RecursiveCutoff = 3;

    private static void AppendFrames(StringBuilder text, IReadOnlyList<TracebackFrame> frames)
    {
        TracebackFrame? last = null;
        int count = 0;
        foreach (var frame in frames)
        {
            if (last is null || frame.Path != last.Path || frame.Line != last.Line || frame.Name != last.Name)
            {
                AppendRepeated(text, count);
                last = frame;
                count = 0;
            }
            if (++count > RecursiveCutoff) continue;
            text.Append($"  File \"{frame.Path}\", line {frame.Line}, in {frame.Name}\n");
            // CPython shows a frame's line from the file (linecache), and a pseudo-file such as
            // "<string>" or "<stdin>" has none to show.
            var source = IsPseudoFile(frame.Path) ? null : frame.SourceLine?.Trim();
            if (!string.IsNullOrEmpty(source)) text.Append("    ").Append(source).Append('\n');
        }
        AppendRepeated(text, count);
    }

    private static bool IsPseudoFile(string path) => path.StartsWith('<') && path.EndsWith('>');

    private static void AppendRepeated(StringBuilder text, int count)
    {
        if (count <= RecursiveCutoff) return;
        int more = count - RecursiveCutoff;
        text.Append($"  [Previous line repeated {more} more time{(more > 1 ? "s" : "")}]\n");
    }

    /// <summary>The name a NameError is about (CPython's <c>NameError.name</c>), or null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Computes the name suggested for an AttributeError or NameError when the exception is printed
    /// (CPython's print_exception does this, not the raise, so <c>str(e)</c> never shows it); null for none.
    /// </summary>
    public Func<string?>? SuggestionProvider { get; set; }

    /// <summary>The last line CPython prints for this exception: <c>Type: message</c>, or just <c>Type</c>,
    /// followed by <c>. Did you mean: 'x'?</c> when a suggestion applies.</summary>
    public string FormatExceptionOnly()
    {
        string message = _value is null ? Message : ExceptionReport.StrOf(_value);
        string line = message.Length == 0 ? PythonType : $"{PythonType}: {message}";
        return SuggestionProvider?.Invoke() is { } suggestion ? line + PySuggestions.Format(suggestion) : line;
    }

    /// <summary>
    /// The full report CPython writes to stderr for an uncaught exception: the exceptions it was
    /// chained to first (its cause, else its context unless suppressed, each with its own
    /// traceback and a line saying how they are linked), then its own traceback (when there are
    /// frames), the syntax error location with its caret, the final <c>Type: message</c> line and
    /// the notes added to it.
    /// </summary>
    public string FormatTraceback() => ExceptionReport.Format(this);

    /// <summary>The traceback and syntax location of this exception alone (no chain, no final line).</summary>
    internal void AppendTraceback(StringBuilder text, IReadOnlyList<TracebackFrame> frames)
    {
        if (frames.Count > 0)
        {
            text.Append("Traceback (most recent call last):\n");
            AppendFrames(text, frames);
        }
        if (SyntaxLocation is { } where)
        {
            text.Append($"  File \"{where.Path}\", line {where.Line}\n");
            // CPython strips leading white space from the shown line and moves the caret with it.
            string line = where.LineText.TrimEnd('\n', '\r');
            int indent = line.Length - line.TrimStart().Length;
            string shown = line.Trim();
            if (shown.Length > 0)
            {
                text.Append("    ").Append(shown).Append('\n');
                int caret = Math.Clamp(where.Column - 1 - indent, 0, shown.Length);
                // An IndentationError (TabError too) is drawn with one caret whatever its end
                // column, which stays what CPython reports (its end_offset spans the token).
                int width = Type.IsSubclassOf(PyExceptionType.IndentationError)
                    ? 1
                    : Math.Max(1, Math.Min(where.EndColumn - where.Column, shown.Length - caret));
                text.Append("    ").Append(' ', caret).Append('^', width).Append('\n');
            }
        }
    }

    /// <summary>The traceback frames as a static helper for objects that were never raised.</summary>
    internal static void AppendFramesOnly(StringBuilder text, IReadOnlyList<TracebackFrame> frames)
    {
        if (frames.Count == 0) return;
        text.Append("Traceback (most recent call last):\n");
        AppendFrames(text, frames);
    }
}
