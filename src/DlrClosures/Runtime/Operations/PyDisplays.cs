using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Building list, tuple, set and dict displays whose elements include <c>*iterable</c> or
/// <c>**mapping</c>; displays without them are built inline by the compiler.
/// </summary>
public static class PyDisplays
{
    /// <summary>
    /// The elements, with each one flagged in <paramref name="starred"/> spread from its iterable.
    /// A starred element that is not iterable raises <paramref name="notIterable"/>'s exception, or
    /// the plain "'int' object is not iterable" when none is given.
    /// </summary>
    public static List<object> Flatten(object[] items, bool[] starred, Func<object, PyException>? notIterable = null)
    {
        var result = new List<object>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            if (!starred[i])
            {
                result.Add(items[i]);
                continue;
            }
            var iterator = notIterable is null
                ? PyIteration.GetIterator(items[i])
                : PyIteration.TryGetIterator(items[i]) ?? throw notIterable(items[i]);
            while (iterator.MoveNext(out var item)) result.Add(item);
        }
        return result;
    }

    // CPython's LIST_EXTEND words the error its own way; a set display (SET_UPDATE) does not.
    public static PyList List(object[] items, bool[] starred) => new(Flatten(items, starred, ValueAfterStar));

    public static PyTuple Tuple(object[] items, bool[] starred) => new(Flatten(items, starred, ValueAfterStar).ToArray());

    private static PyException ValueAfterStar(object item) =>
        PyErrors.TypeError(PyMessages.ValueAfterStar(PyTypes.TypeName(item)));

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
                throw PyErrors.TypeError($"'{PyTypes.TypeName(values[i])}' object is not a mapping");
            foreach (var item in PyIteration.ToList(source)) dict[item] = source[item];
        }
        return dict;
    }
}
