namespace DlrClosures.Runtime;

/// <summary>Python's tuple: an immutable array of values.</summary>
public sealed class PyTuple
{
    public static readonly PyTuple Empty = new([]);

    public PyTuple(object[] items) => Items = items;

    /// <summary>The elements; never mutated after construction.</summary>
    public object[] Items { get; }

    public int Count => Items.Length;
}
