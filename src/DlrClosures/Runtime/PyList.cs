namespace DlrClosures.Runtime;

/// <summary>Python's list.</summary>
public sealed class PyList
{
    public PyList() => Items = [];
    public PyList(List<object> items) => Items = items;

    /// <summary>The elements, mutable in place.</summary>
    public List<object> Items { get; }

    public int Count => Items.Count;

    public void Append(object item) => Items.Add(item);
}
