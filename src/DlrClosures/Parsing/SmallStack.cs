namespace DlrClosures.Parsing;

/// <summary>
/// The parser's stacks: open brackets and indentation widths in the layout pass, brackets in
/// f-string fields. A stack of our own rather than <see cref="Stack{T}"/>: ReadyToRun images hold no
/// framework generic code instantiated over value types, so <c>Stack&lt;int&gt;</c> would be compiled
/// by the JIT at every start-up, while this one is compiled ahead of time with the rest of the assembly.
/// </summary>
internal sealed class SmallStack<T>
{
    private T[] _items = new T[8];

    public int Count { get; private set; }

    public void Push(T item)
    {
        if (Count == _items.Length)
        {
            var grown = new T[_items.Length * 2];
            _items.CopyTo(grown, 0);
            _items = grown;
        }
        _items[Count++] = item;
    }

    public T Peek() => Count > 0 ? _items[Count - 1] : throw new InvalidOperationException("The stack is empty.");

    public T Pop()
    {
        var item = Peek();
        _items[--Count] = default!;
        return item;
    }
}

/// <summary>An open bracket the layout pass has not seen closed yet, and where it stands.</summary>
internal readonly record struct OpenBracket(char Bracket, int Offset);
