namespace DlrClosures.Runtime;

/// <summary>Python's tuple: an immutable array of values.</summary>
public sealed class PyTuple : System.Dynamic.IDynamicMetaObjectProvider
{
    /// <summary>The meta-object that lets C# <c>dynamic</c> index and iterate this tuple.</summary>
    public System.Dynamic.DynamicMetaObject GetMetaObject(System.Linq.Expressions.Expression parameter) =>
        new Interop.PyMetaObject(parameter, this);

    /// <summary>The empty tuple, <c>()</c>.</summary>
    public static readonly PyTuple Empty = new([]);

    /// <summary>A tuple of <paramref name="items"/>, which it keeps (not a copy): do not change the array afterwards.</summary>
    public PyTuple(object[] items) => Items = items;

    /// <summary>The elements; never mutated after construction.</summary>
    public object[] Items { get; }

    /// <summary>The number of elements, <c>len(tuple)</c>.</summary>
    public int Count => Items.Length;
}
