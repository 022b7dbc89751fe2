using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Building list, tuple, set and dict displays whose elements include <c>*iterable</c> or
/// <c>**mapping</c>; displays without them are built inline by the compiler.
/// </summary>
internal static class PyDisplays
{
    /// <summary>
    /// The elements, with each one flagged in <paramref name="starred"/> spread from its iterable.
    /// A starred element that is not iterable raises <paramref name="notIterable"/>'s exception, or
    /// the plain "'int' object is not iterable" when none is given.
    /// </summary>
    public static List<object> Flatten(object[] items, bool[] starred, Func<object, PyException>? notIterable = null) =>
        Flatten(items, starred, notIterable, notIterable is null ? null : static (error, item) => error!(item));

    /// <summary>
    /// As <see cref="Flatten(object[], bool[], Func{object, PyException}?)"/>, with the error for an
    /// item that is not iterable made from <paramref name="state"/> by a static function, so that a
    /// call path that needs its own words allocates nothing for them.
    /// </summary>
    public static List<object> Flatten<TState>(object[] items, bool[] starred, TState state, Func<TState, object, PyException>? notIterable, int extra = 0)
    {
        var result = new List<object>(items.Length + extra);
        for (int i = 0; i < items.Length; i++)
        {
            if (!starred[i])
            {
                result.Add(items[i]);
                continue;
            }
            var iterator = notIterable is null
                ? PyIteration.GetIterator(items[i])
                : PyIteration.TryGetIterator(items[i]) ?? throw notIterable(state, items[i]);
            var steps = PyLimits.Steps;
            while (iterator.MoveNext(out var item))
            {
                PyLimits.Step(steps);
                result.Add(item);
            }
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
    /// <remarks>
    /// Built in the pieces CPython 3.11's compiler (compiler_dict, compiler_subdict) makes of it, since
    /// they decide the table's size and so what mutating it during iteration does later: a run of up
    /// to 15 pairs is one presized dict (BUILD_MAP n), a run reaching a 17th pair is a dict filled pair
    /// by pair (BUILD_MAP 0, MAP_ADD), and every piece after the first, as every <c>**m</c>, is
    /// merged in (DICT_UPDATE).
    /// </remarks>
    public static PyDict Dict(object?[] keys, object[] values)
    {
        PyDict? dict = null;
        int elements = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is null)
            {
                if (elements > 0) dict = AddPiece(dict, DictPiece(keys, values, i - elements, i));
                elements = 0;
                if (values[i] is not PyDict source)
                    throw PyErrors.TypeError($"'{PyTypes.TypeName(values[i])}' object is not a mapping");
                dict ??= new PyDict();
                dict.Merge(source);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                dict = AddPiece(dict, DictPiece(keys, values, i - elements, i + 1));
                elements = 0;
            }
            else
            {
                elements++;
            }
        }
        if (elements > 0) dict = AddPiece(dict, DictPiece(keys, values, keys.Length - elements, keys.Length));
        return dict ?? new PyDict();
    }

    // STACK_USE_GUIDELINE in compile.c: a run of more pairs than half of it is not built on the stack.
    private const int StackUseGuideline = 30;

    private static PyDict DictPiece(object?[] keys, object[] values, int begin, int end)
    {
        int n = end - begin;
        var piece = n * 2 > StackUseGuideline ? new PyDict() : new PyDict(n);
        for (int i = begin; i < end; i++) piece[keys[i]!] = values[i];
        return piece;
    }

    private static PyDict AddPiece(PyDict? dict, PyDict piece)
    {
        if (dict is null) return piece;
        dict.Merge(piece);
        return dict;
    }
}
