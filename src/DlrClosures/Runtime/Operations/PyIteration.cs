using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Iterators;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime.Operations;

/// <summary>The iteration protocol: iterators over every iterable value, and sequence unpacking with CPython's messages.</summary>
internal static class PyIteration
{
    public static PyIterator GetIterator(object iterable) =>
        TryGetIterator(iterable) ?? throw PyErrors.TypeError(PyMessages.NotIterable(PyTypes.TypeName(iterable)));

    /// <summary>PyObject_GetIter; null when the value is not iterable.</summary>
    public static PyIterator? TryGetIterator(object iterable)
    {
        switch (iterable)
        {
            case PyList list: return new ListIterator(list);
            case PyTuple tuple: return new ArrayIterator(tuple.Items);
            case string s: return new StrIterator(s);
            case PyRange range: return RangeOps.Iterator(range);
            case PyDict dict: return new DictIterator(dict, PyDictViewKind.Keys);
            case PyDictView view: return new DictIterator(view.Dict, view.Kind);
            case PySet set: return new SetIterator(set);
            case PyBytes bytes: return new Iterators.BytesIterator(bytes);
            case PyIterator iterator: return iterator;
            case PyInstance instance when instance.TryInvokeSpecial("__iter__", [], out var result):
                return result switch
                {
                    PyIterator iterator => iterator,
                    PyInstance next when next.HasSpecial("__next__") => new InstanceIterator(next),
                    _ => throw PyErrors.TypeError($"iter() returned non-iterator of type '{PyTypes.TypeName(result)}'"),
                };
            case PyInstance instance when instance.HasSpecial("__getitem__"): return new SequenceIterator(instance);
            default: return Interop.ClrCollections.TryGetIterator(iterable);
        }
    }

    /// <summary>next(): the next item, or false at the end.</summary>
    public static bool TryNext(object iterator, out object value)
    {
        switch (iterator)
        {
            case PyIterator it: return it.MoveNext(out value);
            case PyInstance instance when instance.HasSpecial("__next__"):
                return new InstanceIterator(instance).MoveNext(out value);
            default: throw PyErrors.TypeError(PyMessages.NotAnIterator(PyTypes.TypeName(iterator)));
        }
    }

    /// <summary><c>a, b, c = iterable</c> (UNPACK_SEQUENCE): the values, which the caller only reads.</summary>
    /// <remarks>A tuple's own items are handed back as they are (a tuple never changes); a list's are copied first, since assigning the targets may change the list.</remarks>
    public static object[] Unpack(object iterable, int count)
    {
        switch (iterable)
        {
            case PyTuple tuple when tuple.Count == count: return tuple.Items;
            case PyList list when list.Count == count: return list.Items.ToArray();
        }
        var iterator = TryGetIterator(iterable) ?? throw PyErrors.TypeError(PyMessages.CannotUnpack(PyTypes.TypeName(iterable)));
        var result = new object[count];
        for (int i = 0; i < count; i++)
            if (!iterator.MoveNext(out result[i])) throw PyErrors.ValueError(PyMessages.NotEnoughToUnpack(count, i));
        if (iterator.MoveNext(out _)) throw PyErrors.ValueError(PyMessages.TooManyToUnpack(count));
        return result;
    }

    /// <summary><c>a, *rest, z = iterable</c> (UNPACK_EX): <paramref name="before"/> items, a PyList, then <paramref name="after"/> items.</summary>
    public static object[] UnpackStarred(object iterable, int before, int after)
    {
        var iterator = TryGetIterator(iterable) ?? throw PyErrors.TypeError(PyMessages.CannotUnpack(PyTypes.TypeName(iterable)));
        var items = new List<object>();
        var steps = PyLimits.Steps;
        while (iterator.MoveNext(out var item))
        {
            PyLimits.Step(steps);
            items.Add(item);
        }
        if (items.Count < before + after)
            throw PyErrors.ValueError(PyMessages.NotEnoughToUnpackStarred(before + after, items.Count));
        var result = new object[before + 1 + after];
        for (int i = 0; i < before; i++) result[i] = items[i];
        result[before] = new PyList(items.GetRange(before, items.Count - before - after));
        for (int i = 0; i < after; i++) result[before + 1 + i] = items[items.Count - after + i];
        return result;
    }

    public static List<object> ToList(object iterable)
    {
        switch (iterable)
        {
            case PyList list: return new List<object>(list.Items);
            case PyTuple tuple: return new List<object>(tuple.Items);
        }
        var iterator = GetIterator(iterable);
        var items = new List<object>();
        var steps = PyLimits.Steps;
        while (iterator.MoveNext(out var item))
        {
            PyLimits.Step(steps);
            items.Add(item);
        }
        return items;
    }

    /// <summary>The items of any iterable as a .NET sequence; each item is a step of the execution limits.</summary>
    public static IEnumerable<object> Enumerate(object iterable)
    {
        var iterator = GetIterator(iterable);
        var steps = PyLimits.Steps;
        while (iterator.MoveNext(out var item))
        {
            PyLimits.Step(steps);
            yield return item;
        }
    }
}
