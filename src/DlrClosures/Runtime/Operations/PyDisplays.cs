namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Building list, tuple, set and dict displays whose elements include <c>*iterable</c> or
/// <c>**mapping</c>; displays without them are built inline by the compiler.
/// </summary>
public static class PyDisplays
{
    /// <summary>The elements, with each one flagged in <paramref name="starred"/> spread from its iterable.</summary>
    public static List<object> Flatten(object[] items, bool[] starred)
    {
        var result = new List<object>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            if (starred[i]) result.AddRange(PyIteration.ToList(items[i]));
            else result.Add(items[i]);
        }
        return result;
    }

    public static PyList List(object[] items, bool[] starred) => new(Flatten(items, starred));

    public static PyTuple Tuple(object[] items, bool[] starred) => new(Flatten(items, starred).ToArray());

    public static PySet Set(object[] items, bool[] starred)
    {
        var set = new PySet();
        foreach (var item in Flatten(items, starred)) set.Add(item);
        return set;
    }

    /// <summary>A dict display; a null key means the value is a mapping to merge (<c>**m</c>).</summary>
    public static PyDict Dict(object?[] keys, object[] values)
    {
        var dict = new PyDict();
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                dict[key] = values[i];
                continue;
            }
            if (values[i] is not PyDict source)
                throw Exceptions.PyErrors.TypeError($"'{PyTypes.TypeName(values[i])}' object is not a mapping");
            foreach (var item in PyIteration.ToList(source)) dict[item] = source[item];
        }
        return dict;
    }
}
