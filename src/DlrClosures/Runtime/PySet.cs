using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime;

/// <summary>Python's set (and frozenset's storage).</summary>
/// <remarks>
/// A port of CPython 3.11's open-addressing table (Objects/setobject.c): 8 slots to start, runs of
/// LINEAR_PROBES neighbouring slots, then perturbed probing; a table at 60% fill grows to hold
/// four times the live entries. Iteration walks the slots, so small int sets print in the same
/// order as CPython's.
/// </remarks>
public sealed class PySet
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    // A deleted slot: keeps probe chains intact. Its hash is -1, which no real hash equals.
    private static readonly object s_dummy = new();

    private object?[] _keys = new object?[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _fill;
    private int _used;
    private int _finger;

    /// <summary>An empty set.</summary>
    public PySet() { }

    /// <summary>A set with the elements of <paramref name="items"/>, added in order.</summary>
    public PySet(IEnumerable<object> items)
    {
        foreach (var item in items) Add(item);
    }

    /// <summary>
    /// True for a frozenset: the same table, without the mutating methods, hashable, and the type
    /// of the results of its operators (<c>frozenset | set</c> is a frozenset, as the left operand's type decides).
    /// </summary>
    internal bool IsFrozen { get; private set; }

    /// <summary>Makes this new set a frozenset; returns it.</summary>
    internal PySet Freeze()
    {
        IsFrozen = true;
        return this;
    }

    /// <summary>The number of elements, <c>len(set)</c>.</summary>
    public int Count => _used;

    internal int Mask => _keys.Length - 1;

    internal int SlotCount => _keys.Length;

    /// <summary>The key at a slot, false for empty and deleted slots.</summary>
    internal bool TryGetSlot(int slot, out object key)
    {
        var k = _keys[slot];
        if (k is null || ReferenceEquals(k, s_dummy))
        {
            key = PyNone.Instance;
            return false;
        }
        key = k;
        return true;
    }

    /// <summary>The live elements in table order, as iteration shows them.</summary>
    public IEnumerable<object> Items
    {
        get
        {
            for (int i = 0; i < _keys.Length; i++)
                if (TryGetSlot(i, out var k)) yield return k;
        }
    }

    /// <summary>set_add_entry.</summary>
    public void Add(object item) => AddEntry(item, PyHashing.Hash(item));

    /// <summary><c>item in set</c>: hashed and compared with Python's <c>__hash__</c> and <c>==</c>.</summary>
    public bool Contains(object item) => FindSlot(item, PyHashing.Hash(item)) >= 0;

    /// <summary>Removes <paramref name="item"/> (set_discard_entry); false when absent.</summary>
    public bool Discard(object item)
    {
        int slot = FindSlot(item, PyHashing.Hash(item));
        if (slot < 0) return false;
        _keys[slot] = s_dummy;
        _hashes[slot] = -1;
        _used--;
        return true;
    }

    /// <summary>set_pop: scans from a finger left by the previous pop.</summary>
    public object Pop()
    {
        if (_used == 0) throw PyErrors.KeyError(PyRepr.Repr(PyMessages.PopFromEmptySet), PyMessages.PopFromEmptySet);
        int mask = Mask;
        int i = _finger & mask;
        while (_keys[i] is null || ReferenceEquals(_keys[i], s_dummy)) i = (i + 1) & mask;
        var key = _keys[i]!;
        _keys[i] = s_dummy;
        _hashes[i] = -1;
        _used--;
        _finger = i + 1;
        return key;
    }

    /// <summary><c>set.clear()</c>.</summary>
    public void Clear()
    {
        _keys = new object?[MinSize];
        _hashes = new long[MinSize];
        _fill = _used = _finger = 0;
    }

    /// <summary><c>set.copy()</c>: a shallow copy.</summary>
    public PySet Copy()
    {
        var copy = new PySet();
        copy.Merge(this);
        return copy;
    }

    /// <summary>
    /// A set display of constants, <c>{3, 1, 2}</c>: CPython 3.11 folds a display of more than two
    /// constants into a frozenset constant and builds the set with SET_UPDATE from it (compile.c
    /// starunpack_helper), which can order elements differently from adding them one by one. The
    /// constant is built twice: once from the items, then again from its own iteration order when
    /// merge_consts_recursive canonicalises it.
    /// </summary>
    public static PySet FromConstantDisplay(IReadOnlyList<object> items)
    {
        if (items.Count <= 2) return new PySet(items);
        var constant = new PySet(new PySet(items).Items.ToList());
        var set = new PySet();
        set.Merge(constant);
        return set;
    }

    /// <summary>
    /// set_update_internal: the elements of a set are merged; those of any other iterable are added
    /// one by one in its order (which decides where colliding keys land, so it is kept).
    /// </summary>
    public void Update(object iterable)
    {
        if (iterable is PySet other)
        {
            Merge(other);
            return;
        }
        foreach (var item in PyIteration.Enumerate(iterable)) Add(item);
    }

    /// <summary>
    /// set_difference_update_internal: discards, in place, every element of <paramref name="iterable"/>,
    /// then drops the dummies when they are more than a quarter of the table (which moves elements,
    /// so it is part of the iteration order CPython shows).
    /// </summary>
    public void DifferenceUpdate(object iterable)
    {
        if (ReferenceEquals(iterable, this))
        {
            Clear();
            return;
        }
        if (iterable is PySet other)
        {
            for (int i = 0; i < other._keys.Length; i++)
                if (other.TryGetSlot(i, out var key)) DiscardEntry(key, other._hashes[i]);
        }
        else
        {
            foreach (var item in PyIteration.Enumerate(iterable)) Discard(item);
        }
        if (_fill - _used > Mask / 4) Resize(_used > 50000 ? _used * 2 : _used * 4);
    }

    /// <summary>set_swap_bodies: this set takes <paramref name="other"/>'s table as it is (and <paramref name="other"/> this one's).</summary>
    public void SwapBodies(PySet other)
    {
        (_keys, other._keys) = (other._keys, _keys);
        (_hashes, other._hashes) = (other._hashes, _hashes);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
        (_finger, other._finger) = (other._finger, _finger);
    }

    private void DiscardEntry(object key, long hash)
    {
        int slot = FindSlot(key, hash);
        if (slot < 0) return;
        _keys[slot] = s_dummy;
        _hashes[slot] = -1;
        _used--;
    }

    /// <summary>set_merge: adds every element of <paramref name="other"/>, presizing once and, when this set is empty, copying or clean-inserting its table.</summary>
    public void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)Mask * 3) Resize((_used + other._used) * 2);
        if (_fill == 0 && Mask == other.Mask && other._fill == other._used)
        {
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = _used = other._used;
            for (int i = 0; i < other._keys.Length; i++)
                if (other.TryGetSlot(i, out var key)) InsertClean(key, other._hashes[i], Mask);
            return;
        }
        for (int i = 0; i < other._keys.Length; i++)
            if (other.TryGetSlot(i, out var key)) AddEntry(key, other._hashes[i]);
    }

    private void AddEntry(object key, long hash)
    {
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = _keys[j];
                if (k is null)
                {
                    if (freeSlot >= 0)
                    {
                        _keys[freeSlot] = key;
                        _hashes[freeSlot] = hash;
                        _used++;
                        return;
                    }
                    _keys[j] = key;
                    _hashes[j] = hash;
                    _fill++;
                    _used++;
                    if ((long)_fill * 5 >= (long)mask * 3)
                        Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return;
                }
                if (_hashes[j] == hash && !ReferenceEquals(k, s_dummy) && PyEqualityComparer.Instance.Equals(k, key))
                    return;
                if (ReferenceEquals(k, s_dummy) && freeSlot < 0) freeSlot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private int FindSlot(object key, long hash)
    {
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = _keys[j];
                if (k is null) return -1;
                if (_hashes[j] == hash && !ReferenceEquals(k, s_dummy) && PyEqualityComparer.Instance.Equals(k, key))
                    return j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_table_resize: the smallest power of two above <paramref name="minUsed"/>, dummies dropped.</summary>
    private void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        var oldKeys = _keys;
        var oldHashes = _hashes;
        _keys = new object?[newSize];
        _hashes = new long[newSize];
        _fill = _used;
        int mask = newSize - 1;
        for (int s = 0; s < oldKeys.Length; s++)
        {
            var k = oldKeys[s];
            if (k is null || ReferenceEquals(k, s_dummy)) continue;
            InsertClean(k, oldHashes[s], mask);
        }
    }

    /// <summary>set_insert_clean: the table has no dummies and the key is known to be absent.</summary>
    private void InsertClean(object key, long hash, int mask)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (_keys[i] is null) break;
            if (i + LinearProbes <= mask)
            {
                int j;
                for (j = 1; j <= LinearProbes; j++)
                    if (_keys[i + j] is null) break;
                if (j <= LinearProbes) { i += j; break; }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
        _keys[i] = key;
        _hashes[i] = hash;
    }
}
