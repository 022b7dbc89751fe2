using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// Sprache input over the logical text. Sprache's own <see cref="Input"/> allocates a memo dictionary
/// for every character it advances over; this one allocates it only when asked, which keeps a
/// 1,000-line file well under a second.
/// </summary>
internal sealed class LogicalInput : IInput
{
    private IDictionary<object, object>? _memos;

    public LogicalInput(string source, int position = 0)
    {
        Source = source;
        Position = position;
    }

    public string Source { get; }

    public int Position { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= Source.Length;

    /// <summary>Lines and columns are computed from the original text when an error is reported, not here.</summary>
    public int Line => 0;

    public int Column => Position;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at the end of the source.");
        return new LogicalInput(Source, Position + 1);
    }

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source, Position);

    public override string ToString() => $"at {Position}";
}
