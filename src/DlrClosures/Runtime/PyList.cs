namespace DlrClosures.Runtime;

/// <summary>Python's list.</summary>
public sealed class PyList : System.Dynamic.IDynamicMetaObjectProvider
{
    /// <summary>The meta-object that lets C# <c>dynamic</c> index, iterate and call methods of this list.</summary>
    public System.Dynamic.DynamicMetaObject GetMetaObject(System.Linq.Expressions.Expression parameter) =>
        new Interop.PyMetaObject(parameter, this);

    /// <summary>An empty list.</summary>
    public PyList() => Items = [];

    /// <summary>A list over <paramref name="items"/>, which it keeps (not a copy).</summary>
    public PyList(List<object> items) => Items = items;

    /// <summary>The elements, mutable in place.</summary>
    public List<object> Items { get; }

    /// <summary>The number of elements, <c>len(list)</c>.</summary>
    public int Count => Items.Count;

    /// <summary><c>list.append(item)</c>.</summary>
    public void Append(object item) => Items.Add(item);
}
