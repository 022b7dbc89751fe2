namespace DlrClosures.Runtime;

/// <summary>Python's list.</summary>
public sealed class PyList : System.Dynamic.IDynamicMetaObjectProvider
{
    /// <summary>The meta-object that lets C# <c>dynamic</c> index, iterate and call methods of this list.</summary>
    public System.Dynamic.DynamicMetaObject GetMetaObject(System.Linq.Expressions.Expression parameter) =>
        new Interop.PyMetaObject(parameter, this);

    public PyList() => Items = [];
    public PyList(List<object> items) => Items = items;

    /// <summary>The elements, mutable in place.</summary>
    public List<object> Items { get; }

    public int Count => Items.Count;

    public void Append(object item) => Items.Add(item);
}
