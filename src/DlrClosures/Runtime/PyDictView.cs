namespace DlrClosures.Runtime;

/// <summary>A live view of a dict: <c>d.keys()</c>, <c>d.values()</c> or <c>d.items()</c>.</summary>
internal sealed class PyDictView
{
    public PyDictView(PyDict dict, PyDictViewKind kind)
    {
        Dict = dict;
        Kind = kind;
    }

    public PyDict Dict { get; }

    public PyDictViewKind Kind { get; }

    /// <summary><c>dict_keys</c>, <c>dict_values</c> or <c>dict_items</c>.</summary>
    public string TypeName => Kind switch
    {
        PyDictViewKind.Keys => "dict_keys",
        PyDictViewKind.Values => "dict_values",
        _ => "dict_items",
    };

    /// <summary>The elements the view iterates: keys, values or (key, value) tuples.</summary>
    public IEnumerable<object> Items => Kind switch
    {
        PyDictViewKind.Keys => Dict.Keys,
        PyDictViewKind.Values => Dict.Values,
        _ => Dict.Entries.Select(e => (object)new PyTuple([e.Key, e.Value])),
    };
}
