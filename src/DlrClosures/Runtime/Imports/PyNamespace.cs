using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Imports;

/// <summary>A <c>types.SimpleNamespace</c> of fixed attributes (<c>sys.implementation</c>).</summary>
internal sealed class PyNamespace(IReadOnlyList<KeyValuePair<string, object>> items) : IPyAttributes
{
    private readonly Dictionary<string, object> _items = items.ToDictionary(item => item.Key, item => item.Value, StringComparer.Ordinal);

    public bool TryGetAttribute(string name, out object value) => _items.TryGetValue(name, out value!);

    public bool TrySetAttribute(string name, object value)
    {
        _items[name] = value;
        return true;
    }

    public string Repr() => "namespace(" + string.Join(", ", _items.Select(item => $"{item.Key}={PyRepr.Repr(item.Value)}")) + ")";
}
