using System.Runtime.CompilerServices;

namespace DlrClosures.Runtime.Imports;

/// <summary>
/// Field names for the tuples <c>sys</c> hands out as CPython's struct sequences
/// (<c>sys.version_info.major</c>): the value is an ordinary tuple, so it compares, indexes and
/// unpacks as one, and its fields are read by name through this table.
/// </summary>
internal static class StructFields
{
    private static readonly ConditionalWeakTable<PyTuple, string[]> s_fields = new();

    public static PyTuple Create(string[] names, object[] values)
    {
        var tuple = new PyTuple(values);
        s_fields.Add(tuple, names);
        return tuple;
    }

    public static bool TryGet(PyTuple tuple, string name, out object value)
    {
        if (s_fields.TryGetValue(tuple, out var names) && Array.IndexOf(names, name) is var index and >= 0)
        {
            value = tuple.Items[index];
            return true;
        }
        value = PyUnbound.Instance;
        return false;
    }
}
