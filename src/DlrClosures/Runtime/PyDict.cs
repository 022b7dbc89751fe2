using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime;

/// <summary>Python's dict: keys compared with Python equality, iterated in insertion order.</summary>
/// <remarks>
/// Like CPython's compact dict (Objects/dictobject.c) the entries live in an append-only array in
/// insertion order and a hash index maps keys to slots; deleting leaves a hole that iteration skips,
/// and the array is compacted once holes outnumber live entries.
/// </remarks>
public sealed class PyDict
{
    private readonly Dictionary<object, int> _index = new(PyEqualityComparer.Instance);
    private readonly List<object?> _keys = [];
    private readonly List<object?> _values = [];

    public PyDict() { }

    public int Count => _index.Count;

    /// <summary>Bumped whenever slots are renumbered, so live iterators can notice.</summary>
    internal int Layout { get; private set; }

    /// <summary>Number of slots, including holes; iterators walk 0..SlotCount.</summary>
    internal int SlotCount => _keys.Count;

    public object this[object key]
    {
        get => TryGetValue(key, out var value) ? value : throw PyErrors.KeyError(PyRepr.Repr(key), key);
        set
        {
            if (_index.TryGetValue(key, out int slot))
            {
                _values[slot] = value;
                return;
            }
            _index.Add(key, _keys.Count);
            _keys.Add(key);
            _values.Add(value);
        }
    }

    public bool TryGetValue(object key, out object value)
    {
        if (_index.Count == 0) CheckHashable(key);
        if (_index.TryGetValue(key, out int slot))
        {
            value = _values[slot]!;
            return true;
        }
        value = PyNone.Instance;
        return false;
    }

    public bool ContainsKey(object key)
    {
        if (_index.Count == 0) CheckHashable(key);
        return _index.ContainsKey(key);
    }

    public bool Remove(object key)
    {
        if (_index.Count == 0) CheckHashable(key);
        if (!_index.Remove(key, out int slot)) return false;
        _keys[slot] = null;
        _values[slot] = null;
        int holes = _keys.Count - _index.Count;
        if (holes > 16 && holes > _index.Count) Compact();
        return true;
    }

    public void Clear()
    {
        _index.Clear();
        _keys.Clear();
        _values.Clear();
        Layout++;
    }

    /// <summary>The entry at <paramref name="slot"/>; false for a hole.</summary>
    internal bool TryGetSlot(int slot, out object key, out object value)
    {
        var k = _keys[slot];
        if (k is null)
        {
            key = value = PyNone.Instance;
            return false;
        }
        key = k;
        value = _values[slot]!;
        return true;
    }

    /// <summary>The live entries in insertion order.</summary>
    public IEnumerable<KeyValuePair<object, object>> Entries
    {
        get
        {
            for (int i = 0; i < _keys.Count; i++)
                if (_keys[i] is { } k) yield return new(k, _values[i]!);
        }
    }

    public IEnumerable<object> Keys
    {
        get
        {
            for (int i = 0; i < _keys.Count; i++)
                if (_keys[i] is { } k) yield return k;
        }
    }

    public IEnumerable<object> Values
    {
        get
        {
            for (int i = 0; i < _keys.Count; i++)
                if (_keys[i] is not null) yield return _values[i]!;
        }
    }

    /// <summary>Removes and returns the last inserted entry (dict.popitem is LIFO); false when empty.</summary>
    public bool TryPopLast(out object key, out object value)
    {
        for (int i = _keys.Count - 1; i >= 0; i--)
        {
            if (_keys[i] is { } k)
            {
                key = k;
                value = _values[i]!;
                _index.Remove(k);
                _keys.RemoveRange(i, _keys.Count - i);
                _values.RemoveRange(i, _values.Count - i);
                return true;
            }
        }
        key = value = PyNone.Instance;
        return false;
    }

    public PyDict Copy()
    {
        var copy = new PyDict();
        foreach (var (k, v) in Entries) copy[k] = v;
        return copy;
    }

    // Dictionary skips hashing when it is empty; Python raises "unhashable type" regardless.
    private static void CheckHashable(object key) => PyHashing.Hash(key);

    private void Compact()
    {
        int write = 0;
        for (int read = 0; read < _keys.Count; read++)
        {
            if (_keys[read] is not { } k) continue;
            _keys[write] = k;
            _values[write] = _values[read];
            _index[k] = write;
            write++;
        }
        _keys.RemoveRange(write, _keys.Count - write);
        _values.RemoveRange(write, _values.Count - write);
        Layout++;
    }
}
