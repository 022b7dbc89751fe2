using System.Collections;
using System.Collections.Concurrent;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// .NET collections in Python's sequence and mapping protocols: an <see cref="IDictionary"/> is a
/// mapping (<c>d[k]</c> raising KeyError, iteration over keys, <c>in</c> on keys, <c>keys()</c>,
/// <c>values()</c>, <c>items()</c>, <c>get()</c>, <c>pop()</c>); an <see cref="IList"/> (arrays and
/// <c>List&lt;T&gt;</c> among them) a sequence (negative indices, slices read as a new list,
/// <c>append</c>, <c>extend</c>, <c>insert</c>, <c>pop</c>, <c>remove</c>, <c>index</c>, <c>count</c>);
/// any <see cref="IEnumerable"/> iterates; <see cref="ICollection"/> and <c>IReadOnlyCollection&lt;T&gt;</c>
/// have <c>len</c>. Other types with an indexer (<c>this[...]</c>) take <c>obj[key]</c> through it.
/// Values written into a typed collection are converted to its element type, or raise TypeError.
/// </summary>
internal static class ClrCollections
{
    private static readonly ConcurrentDictionary<Type, Type> s_elementTypes = new();
    private static readonly ConcurrentDictionary<Type, (Type Key, Type Value)> s_mappingTypes = new();

    public static bool TryGetItem(object container, object index, out object value)
    {
        switch (container)
        {
            case ClrType type:
                value = type.MakeGeneric(index);
                return true;
            case IDictionary dictionary when IsClr(container):
                var key = Key(dictionary, index);
                if (key is null || !Guard(() => dictionary.Contains(key))) throw PyErrors.KeyError(PyRepr.Repr(index), index);
                value = PyConversions.FromClr(Guard(() => dictionary[key]));
                return true;
            case IList list when IsClr(container):
                if (index is PySlice slice)
                {
                    value = new PyList(PyIndexing.Slice(Items(list), slice));
                    return true;
                }
                value = PyConversions.FromClr(Guard(() => list[Normalize(list, index)]));
                return true;
        }
        if (IsClr(container) && ClrTypeInfo.Of(container.GetType()).VisibleIndexers is { Length: > 0 } indexers)
        {
            value = ClrOverloads.Invoke(ClrTypeNames.Name(container.GetType()) + ".this[]",
                indexers.Select(p => p.GetGetMethod()).OfType<System.Reflection.MethodBase>().ToArray(), container, IndexArguments(index), null);
            return true;
        }
        value = PyNone.Instance;
        return false;
    }

    public static bool TrySetItem(object container, object index, object value)
    {
        switch (container)
        {
            case IDictionary dictionary when IsClr(container):
                var types = MappingTypes(container.GetType());
                var key = ClrConversion.Convert(index, types.Key) ?? throw PyErrors.TypeError(InteropMessages.CannotConvert("NoneType", types.Key));
                var converted = ClrConversion.Convert(value, types.Value);
                Guard(() => dictionary[key] = converted);
                return true;
            case IList list when IsClr(container):
                int i = Normalize(list, index);
                var element = ClrConversion.Convert(value, ElementType(container.GetType()));
                Guard(() => list[i] = element);
                return true;
        }
        if (IsClr(container) && ClrTypeInfo.Of(container.GetType()).VisibleIndexers is { Length: > 0 } indexers)
        {
            var setters = indexers.Select(p => p.GetSetMethod()).OfType<System.Reflection.MethodBase>().ToArray();
            if (setters.Length == 0) return false;
            ClrOverloads.Invoke(ClrTypeNames.Name(container.GetType()) + ".this[]", setters, container, [.. IndexArguments(index), value], null);
            return true;
        }
        return false;
    }

    public static bool TryDelItem(object container, object index)
    {
        switch (container)
        {
            case IDictionary dictionary when IsClr(container):
                var key = Key(dictionary, index);
                if (key is null || !Guard(() => dictionary.Contains(key))) throw PyErrors.KeyError(PyRepr.Repr(index), index);
                Guard(() => dictionary.Remove(key));
                return true;
            case IList list when IsClr(container):
                int i = Normalize(list, index);
                Guard(() => list.RemoveAt(i));
                return true;
        }
        return false;
    }

    public static bool TryLen(object value, out long length)
    {
        length = 0;
        if (!IsClr(value)) return false;
        if (value is ICollection collection)
        {
            length = Guard(() => collection.Count);
            return true;
        }
        var counted = value.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType &&
            (i.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>) || i.GetGenericTypeDefinition() == typeof(ICollection<>)));
        if (counted is null) return false;
        length = Guard(() => (int)counted.GetProperty("Count")!.GetValue(value)!);
        return true;
    }

    public static bool TryContains(object container, object item, out bool found)
    {
        found = false;
        if (!IsClr(container)) return false;
        if (container is IDictionary dictionary)
        {
            var key = Key(dictionary, item);
            found = key is not null && Guard(() => dictionary.Contains(key));
            return true;
        }
        if (TryGetIterator(container) is not { } iterator) return false;
        while (iterator.MoveNext(out var x))
            if (PyComparison.ItemEqual(x, item)) return found = true;
        return true;
    }

    /// <summary>Iteration of any <see cref="IEnumerable"/>; a mapping iterates over its keys, as a dict does.</summary>
    public static PyIterator? TryGetIterator(object value)
    {
        if (!IsClr(value)) return null;
        return value switch
        {
            IDictionary dictionary => new ClrIterator(dictionary.Keys),
            IEnumerable enumerable => new ClrIterator(enumerable),
            _ => null,
        };
    }

    /// <summary>The Python methods of the collection protocols, bound to <paramref name="target"/>.</summary>
    public static bool TryGetPythonMethod(object target, string name, out object value)
    {
        value = PyNone.Instance;
        Func<object[], string[]?, object>? body = (target, name) switch
        {
            (IDictionary d, "keys") => (_, _) => new PyList(d.Keys.Cast<object>().Select(PyConversions.FromClr).ToList()),
            (IDictionary d, "values") => (_, _) => new PyList(d.Values.Cast<object>().Select(PyConversions.FromClr).ToList()),
            (IDictionary d, "items") => (_, _) => new PyList(Entries(d)
                .Select(e => (object)new PyTuple([PyConversions.FromClr(e.Key), PyConversions.FromClr(e.Value)])).ToList()),
            (IDictionary d, "get") => (args, _) =>
                args.Length is < 1 or > 2 ? throw PyErrors.TypeError(PyMessages.TakesPositionalArguments("get", 2, args.Length))
                : TryGetItemOrDefault(d, args[0], out var found) ? found : args.Length > 1 ? args[1] : PyNone.Instance,
            (IDictionary d, "pop") => (args, _) =>
            {
                if (TryGetItemOrDefault(d, args[0], out var found))
                {
                    TryDelItem(d, args[0]);
                    return found;
                }
                return args.Length > 1 ? args[1] : throw PyErrors.KeyError(PyRepr.Repr(args[0]), args[0]);
            },
            (IList l, "append") => (args, _) => Add(l, args[0]),
            (IList l, "extend") => (args, _) =>
            {
                foreach (var item in PyIteration.ToList(args[0])) Add(l, item);
                return PyNone.Instance;
            },
            (IList l, "insert") => (args, _) =>
            {
                int count = l.Count;
                long i = PyInt.TryGetLong(args[0], out long n) ? n : throw PyErrors.TypeError(PyMessages.CannotInterpretAsInteger(PyTypes.TypeName(args[0])));
                i = Math.Clamp(i < 0 ? i + count : i, 0, count);
                var element = ClrConversion.Convert(args[1], ElementType(l.GetType()));
                Guard(() => l.Insert((int)i, element));
                return PyNone.Instance;
            },
            (IList l, "pop") => (args, _) =>
            {
                if (l.Count == 0) throw PyErrors.IndexError("pop from empty list");
                int i = args.Length > 0 ? Normalize(l, args[0]) : l.Count - 1;
                var item = PyConversions.FromClr(l[i]);
                Guard(() => l.RemoveAt(i));
                return item;
            },
            (IList l, "remove") => (args, _) =>
            {
                int i = IndexOf(l, args[0]);
                if (i < 0) throw PyErrors.ValueError("list.remove(x): x not in list");
                Guard(() => l.RemoveAt(i));
                return PyNone.Instance;
            },
            (IList l, "index") => (args, _) =>
                IndexOf(l, args[0]) is var i and >= 0 ? PyInt.Box(i) : throw PyErrors.ValueError($"{PyRepr.Repr(args[0])} is not in list"),
            (IList l, "count") => (args, _) => PyInt.Box(Items(l).Count(x => PyComparison.ItemEqual(x, args[0]))),
            _ => null,
        };
        if (body is null || !IsClr(target)) return false;
        value = new PyBuiltinFunction(name, body, target, ClrTypeNames.Name(target.GetType()));
        return true;
    }

    // A generic dictionary enumerates KeyValuePairs; its IDictionaryEnumerator gives entries.
    private static IEnumerable<DictionaryEntry> Entries(IDictionary dictionary)
    {
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext()) yield return entries.Entry;
    }

    private static object Add(IList list, object item)
    {
        var element = ClrConversion.Convert(item, ElementType(list.GetType()));
        Guard(() => list.Add(element));
        return PyNone.Instance;
    }

    private static bool TryGetItemOrDefault(IDictionary dictionary, object index, out object value)
    {
        var key = Key(dictionary, index);
        if (key is not null && Guard(() => dictionary.Contains(key)))
        {
            value = PyConversions.FromClr(Guard(() => dictionary[key]));
            return true;
        }
        value = PyNone.Instance;
        return false;
    }

    private static int IndexOf(IList list, object item)
    {
        var items = Items(list);
        for (int i = 0; i < items.Count; i++)
            if (PyComparison.ItemEqual(items[i], item)) return i;
        return -1;
    }

    // A key of the wrong type is simply absent (as a str key in a dict of ints): null.
    private static object? Key(IDictionary dictionary, object index)
    {
        var type = MappingTypes(dictionary.GetType()).Key;
        return index is not PyNone && ClrConversion.Cost(index, type) != ClrConversion.Impossible ? ClrConversion.Convert(index, type) : null;
    }

    private static List<object> Items(IList list) => list.Cast<object?>().Select(PyConversions.FromClr).ToList();

    private static int Normalize(IList list, object index)
    {
        long i = PyInt.TryGetLong(index, out long n) ? n
            : throw PyErrors.TypeError(PyMessages.IndicesMustBeIntegers(ClrTypeNames.Name(list.GetType()), PyTypes.TypeName(index)));
        int count = Guard(() => list.Count);
        if (i < 0) i += count;
        if ((ulong)i >= (ulong)count) throw PyErrors.IndexError(InteropMessages.ClrIndexOutOfRange);
        return (int)i;
    }

    private static object[] IndexArguments(object index) => index is PyTuple tuple ? tuple.Items : [index];

    /// <summary>The element type of a list-like .NET collection: T of an array or of its <c>IList&lt;T&gt;</c>, else object.</summary>
    public static Type ElementType(Type type) => s_elementTypes.GetOrAdd(type, t =>
        t.IsArray ? t.GetElementType()!
        : t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IList<>))?.GetGenericArguments()[0]
          ?? typeof(object));

    private static (Type Key, Type Value) MappingTypes(Type type) => s_mappingTypes.GetOrAdd(type, t =>
        t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)) is { } generic
            ? (generic.GetGenericArguments()[0], generic.GetGenericArguments()[1])
            : (typeof(object), typeof(object)));

    private static bool IsClr(object value) => ClrObjects.IsClr(value);

    private static T Guard<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (Exception error) when (ClrExceptions.IsHostException(error))
        {
            throw ClrExceptions.ToPython(error);
        }
    }

    private static void Guard(Action body) => Guard(() => { body(); return 0; });
}
