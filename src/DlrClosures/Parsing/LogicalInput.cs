using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// Sprache input over the logical text. Tokens are read through its <see cref="LexicalTable"/>, and
/// a matched token moves the input to the token's end in one step (<see cref="At"/>), so no input
/// object is made per character. Sprache's own <see cref="Input"/> allocates a memo dictionary for
/// every character it advances over; this one keeps the one or two memos a position gets in fields.
/// </summary>
/// <remarks>
/// Each step makes a new input: memos belong to the input object, not to the position, because a
/// rule's result at a position can depend on the parse state around it (hints on or off inside a
/// probe), and a memo must not carry a result across such a change. (One shared input per position,
/// with the memos of the two states kept apart, was measured: no faster, since a position is reached
/// by about one path.)
/// </remarks>
internal sealed class LogicalInput : IInput
{
    // Memos as (rule, result) pairs: a position gets a handful (one per rule that starts there), too
    // few for a dictionary. Most get one or two, kept in fields; more go to an array.
    private object? _rule0, _value0, _rule1, _value1;
    private object?[]? _memoPairs;
    private int _memoCount;
    private Dictionary<object, object>? _memos;

    /// <summary>An input at <paramref name="position"/> of <paramref name="source"/>, sharing the running parse's token table for that text.</summary>
    public LogicalInput(string source, int position = 0)
        : this(ParseContext.Current.TableFor(source), position)
    {
    }

    private LogicalInput(LexicalTable table, int position)
    {
        Table = table;
        Position = position;
    }

    public LexicalTable Table { get; }

    public string Source => Table.Text;

    public int Position { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= Source.Length;

    /// <summary>Lines and columns are computed from the original text when an error is reported, not here.</summary>
    public int Line => 0;

    public int Column => Position;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    /// <summary>The input at <paramref name="position"/> of the same text.</summary>
    public LogicalInput At(int position) => position == Position ? this : new LogicalInput(Table, position);

    /// <summary>A memo of <paramref name="rule"/> at this input (see <see cref="Rule"/>).</summary>
    public bool TryGetMemo(object rule, out object? value)
    {
        if (ReferenceEquals(_rule0, rule))
        {
            value = _value0;
            return true;
        }
        if (ReferenceEquals(_rule1, rule))
        {
            value = _value1;
            return true;
        }
        for (int i = 0; i < _memoCount; i += 2)
        {
            if (ReferenceEquals(_memoPairs![i], rule))
            {
                value = _memoPairs[i + 1];
                return true;
            }
        }
        value = null;
        return false;
    }

    public void SetMemo(object rule, object value)
    {
        if (_rule0 is null || ReferenceEquals(_rule0, rule))
        {
            (_rule0, _value0) = (rule, value);
            return;
        }
        if (_rule1 is null || ReferenceEquals(_rule1, rule))
        {
            (_rule1, _value1) = (rule, value);
            return;
        }
        for (int i = 0; i < _memoCount; i += 2)
        {
            if (ReferenceEquals(_memoPairs![i], rule))
            {
                _memoPairs[i + 1] = value;
                return;
            }
        }
        _memoPairs ??= new object?[4];
        if (_memoCount == _memoPairs.Length) Array.Resize(ref _memoPairs, _memoPairs.Length * 2);
        _memoPairs[_memoCount++] = rule;
        _memoPairs[_memoCount++] = value;
    }

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at the end of the source.");
        return new LogicalInput(Table, Position + 1);
    }

    /// <summary><paramref name="input"/> moved forward to <paramref name="position"/>, in one step when it is a <see cref="LogicalInput"/>.</summary>
    public static IInput Jump(IInput input, int position)
    {
        if (input is LogicalInput logical) return logical.At(position);
        while (input.Position < position) input = input.Advance();
        return input;
    }

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source, Position);

    public override string ToString() => $"at {Position}";
}
