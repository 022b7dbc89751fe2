using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime;

/// <summary>Python's dict: keys compared with Python equality, iterated in insertion order.</summary>
/// <remarks>
/// CPython 3.11's compact dict (Objects/dictobject.c, the design, not the code): a sparse index
/// table of slots (a power of two in size, probed with perturbation) pointing into a dense array
/// of (hash, key, value) entries kept in insertion order. The table itself is in PyDict.Table.cs;
/// this file is the dict's operations. What CPython shows of its table is kept:
/// <list type="bullet">
/// <item>1, 1.0 and True are one key, and the key first inserted is the one kept;</item>
/// <item>hashes are stored, so a resize, a copy, an update from a dict and == never call
/// <c>__hash__</c> again;</item>
/// <item>a delete leaves a hole in the entries and a dummy in the index; only a resize, which an
/// insertion triggers when the entries are used up, compacts them, with CPython's growth rule and
/// sizes, so iterating a dict that changes under it fails ("changed size", "keys changed") or
/// finishes exactly where CPython's does;</item>
/// <item>an <c>__eq__</c> that changes the dict during a lookup restarts the lookup.</item>
/// </list>
/// </remarks>
public sealed partial class PyDict
{
    /// <summary>
    /// For the dict <c>globals()</c> returns: told of every insertion (the value) and removal (null),
    /// so that the module's cells follow the dict (<see cref="PyGlobals.AsDict"/>).
    /// </summary>
    internal Action<object, object?>? WriteThrough;

    /// <summary>An empty dict.</summary>
    public PyDict() => SetEmpty();

    /// <summary>A dict sized for <paramref name="count"/> insertions (dict_new_presized, as a display of up to 15 pairs gets).</summary>
    internal PyDict(int count)
    {
        if (count <= UsableFraction(MinSize)) SetEmpty();
        else Allocate(count > UsableFraction(MaxPresize) ? MaxPresizeLog2 : EstimateLog2KeySize(count));
    }

    /// <summary>The number of entries, <c>len(dict)</c>.</summary>
    public int Count => _used;

    /// <summary><c>dict[key]</c>, read (a <c>KeyError</c> <see cref="Exceptions.PyException"/> when absent) and written.</summary>
    public object this[object key]
    {
        get
        {
            int ix = Find(key, HashOf(key), out _);
            return ix >= 0 ? _entries[ix].Value! : throw PyErrors.KeyError(PyRepr.Repr(key), key);
        }
        set => Insert(key, HashOf(key), value);
    }

    /// <summary>The value of <paramref name="key"/>, looked up with Python's <c>__hash__</c> and <c>==</c>; false when absent.</summary>
    public bool TryGetValue(object key, out object value) => TryGetValue(key, HashOf(key), out value);

    /// <summary>A lookup with a hash already known (dict_equal reuses the stored one).</summary>
    internal bool TryGetValue(object key, long hash, out object value)
    {
        int ix = Find(key, hash, out _);
        if (ix >= 0)
        {
            value = _entries[ix].Value!;
            return true;
        }
        value = PyNone.Instance;
        return false;
    }

    /// <summary><c>d.get((a, b))</c>'s lookup, without making the tuple (see FindPair).</summary>
    internal bool TryGetPair(object a, object b, out object value)
    {
        int ix = FindPair(a, b, PyHashing.HashPair(a, b));
        if (ix >= 0)
        {
            value = _entries[ix].Value!;
            return true;
        }
        value = PyNone.Instance;
        return false;
    }

    /// <summary><c>key in dict</c>.</summary>
    public bool ContainsKey(object key) => Find(key, HashOf(key), out _) >= 0;

    /// <summary><c>del d[key]</c> without the KeyError (delitem_common); false when absent.</summary>
    public bool Remove(object key) => TryRemove(key, HashOf(key), out _);

    /// <summary>dict.pop (_PyDict_Pop): an empty dict answers "absent" without hashing the key.</summary>
    internal bool TryPop(object key, out object value)
    {
        if (_used == 0)
        {
            value = PyNone.Instance;
            return false;
        }
        return TryRemove(key, HashOf(key), out value);
    }

    /// <summary>dict.setdefault (PyDict_SetDefault): one hash, one lookup, an insertion when absent.</summary>
    internal object SetDefault(object key, object value)
    {
        long hash = HashOf(key);
        int ix = Find(key, hash, out _);
        if (ix >= 0) return _entries[ix].Value!;
        Insert(key, hash, value);
        return value;
    }

    /// <summary>dict.clear: back to the shared empty table.</summary>
    public void Clear() => SetEmpty();

    /// <summary>Removes and returns the last inserted entry (dict.popitem is LIFO); false when empty.</summary>
    /// <remarks>As dict_popitem_impl: the entry count shrinks to the popped one, the usable count does not grow back.</remarks>
    public bool TryPopLast(out object key, out object value)
    {
        if (_used == 0)
        {
            key = value = PyNone.Instance;
            return false;
        }
        int i = _nentries - 1;
        while (_entries[i].Key is null) i--;
        ref var entry = ref _entries[i];
        key = entry.Key!;
        value = entry.Value!;
        _indices[SlotOf(entry.Hash, i)] = Dummy;
        entry = default;
        _nentries = i;
        _used--;
        return true;
    }

    /// <summary>dict.copy (PyDict_Copy): a table with few holes is cloned as it is, holes and all; a sparse one is compacted.</summary>
    public PyDict Copy()
    {
        var copy = new PyDict();
        if (_used == 0) return copy;
        if (_used >= _nentries * 2 / 3) copy.CloneFrom(this);
        else copy.Merge(this);
        return copy;
    }

    /// <summary>
    /// <c>d.update(other)</c> and <c>{**other}</c> for a dict (dict_merge with override): stored hashes
    /// are reused, an empty target takes a clone of a freshly built source, otherwise the target is
    /// sized once for both; a source that changes size meanwhile is a RuntimeError.
    /// </summary>
    internal void Merge(PyDict other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if (_used == 0 && other._used == other._nentries
            && (other._indices.Length == MinSize || UsableFraction(other._indices.Length / 2) < other._used))
        {
            CloneFrom(other);
            return;
        }
        if (UsableFraction(_indices.Length) < other._used) Resize(EstimateLog2KeySize(_used + other._used));
        var entries = other._entries;
        int n = other._nentries;
        for (int i = 0; i < n; i++)
        {
            var entry = entries[i];
            if (entry.Key is null) continue;
            Insert(entry.Key, entry.Hash, entry.Value!);
            if (other._nentries != n) throw PyErrors.RuntimeError(PyMessages.DictMutatedDuringUpdate);
        }
    }

    /// <summary>dict_equal: same size, and every key of this dict (looked up in <paramref name="other"/> by its stored hash) has an equal value there.</summary>
    internal bool ContentEquals(PyDict other)
    {
        if (_used != other._used) return false;
        for (int i = 0; i < _nentries; i++)
        {
            var entry = _entries[i];
            if (entry.Key is null) continue;
            if (!other.TryGetValue(entry.Key, entry.Hash, out var theirs)) return false;
            if (!PyComparison.ItemEqual(entry.Value!, theirs)) return false;
        }
        return true;
    }

    /// <summary>Entries used so far, holes included: iterators walk positions 0 .. EntryCount-1.</summary>
    internal int EntryCount => _nentries;

    /// <summary>The entry at <paramref name="position"/>; false for a hole (or a position past the end).</summary>
    internal bool TryGetEntry(int position, out object key, out object value)
    {
        var entries = _entries;
        if ((uint)position < (uint)_nentries && entries[position].Key is { } k)
        {
            key = k;
            value = entries[position].Value!;
            return true;
        }
        key = value = PyNone.Instance;
        return false;
    }

    /// <summary>The live entries in insertion order (PyDict_Next: positions re-read each step, so a change meanwhile is never a crash).</summary>
    public IEnumerable<KeyValuePair<object, object>> Entries
    {
        get
        {
            for (int i = 0; i < _nentries; i++)
                if (TryGetEntry(i, out var key, out var value)) yield return new(key, value);
        }
    }

    /// <summary>The keys in insertion order.</summary>
    public IEnumerable<object> Keys
    {
        get
        {
            for (int i = 0; i < _nentries; i++)
                if (TryGetEntry(i, out var key, out _)) yield return key;
        }
    }

    /// <summary>The values in insertion order.</summary>
    public IEnumerable<object> Values
    {
        get
        {
            for (int i = 0; i < _nentries; i++)
                if (TryGetEntry(i, out _, out var value)) yield return value;
        }
    }
}
