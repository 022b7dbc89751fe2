using System.Numerics;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime;

/// <summary>The table behind <see cref="PyDict"/>: an index of slots into an array of entries in insertion order.</summary>
/// <remarks>
/// The layout of Objects/dictobject.c (3.11): <c>_indices</c> has a power-of-two size; a slot
/// holds <see cref="Empty"/>, <see cref="Dummy"/> (a deleted key: probing goes on past it) or an
/// entry position plus one (so a fresh zeroed array is all empty). <c>_entries</c> has
/// USABLE_FRACTION (2/3) of that size; entries are appended, a deleted one keeps its place with a
/// null key, and <c>_usable</c> counts what is left to append before an insertion resizes.
/// Probing is CPython's: start at hash &amp; mask, then i = i*5 + perturb + 1 with perturb, the
/// hash's bits, shifted right by 5 each step, so that every bit of the hash takes part.
/// Lookups of int (a boxed long) and str keys compare stored keys of the same type inline; any
/// other case, or a stored key of another type with an equal hash, goes through Python equality
/// (<see cref="FindGeneric"/>), which restarts when the comparison changed the table.
/// </remarks>
public sealed partial class PyDict
{
    private const int MinSize = 8;           // PyDict_MINSIZE
    private const int MaxPresizeLog2 = 17;   // dict_new_presized's cap
    private const int MaxPresize = 1 << MaxPresizeLog2;
    private const int PerturbShift = 5;
    private const int Empty = 0;             // DKIX_EMPTY
    private const int Dummy = -1;            // DKIX_DUMMY
    private const int ShareIntsFrom = 1 << 13;  // live entries from which stored ints get shared boxes (PyInt.Share)

    private struct Entry
    {
        public long Hash;
        public object? Key;    // null for a deleted entry
        public object? Value;
    }

    // Py_EMPTY_KEYS: one empty slot, nothing usable, so the first insertion allocates. Shared and never written.
    private static readonly int[] s_emptyIndices = new int[1];
    private static readonly Entry[] s_emptyEntries = [];

    private int[] _indices = s_emptyIndices;
    private Entry[] _entries = s_emptyEntries;
    private int _used;      // live entries (ma_used)
    private int _nentries;  // entries appended, holes included (dk_nentries)
    private int _usable;    // entries that can still be appended (dk_usable)

    private static int UsableFraction(int size) => (int)(((long)size << 1) / 3);

    /// <summary>calculate_log2_keysize, bit trick included: a power of two of 16 or more gets twice its size.</summary>
    private static int CalculateLog2KeySize(long minSize)
    {
        minSize = (minSize | MinSize) - 1;
        return 64 - BitOperations.LeadingZeroCount((ulong)(minSize | (MinSize - 1)));
    }

    /// <summary>estimate_log2_keysize: room for <paramref name="n"/> entries at the usable fraction.</summary>
    private static int EstimateLog2KeySize(long n) => CalculateLog2KeySize((n * 3 + 1) >> 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long HashOf(object key) =>
        key is long l ? PyHashing.HashLong(l)
        : key is string s ? PyHashing.HashString(s)
        : key is PyTuple t ? PyHashing.HashTuple(t)
        : PyHashing.Hash(key);

    private void SetEmpty()
    {
        _indices = s_emptyIndices;
        _entries = s_emptyEntries;
        _used = _nentries = _usable = 0;
    }

    /// <summary>new_keys_object: an empty table of 2**<paramref name="log2Size"/> slots.</summary>
    private void Allocate(int log2Size)
    {
        if (log2Size >= 31) throw new PyException(PyExceptionType.MemoryError, "");
        int size = 1 << log2Size;
        _indices = new int[size];
        _usable = UsableFraction(size);
        _entries = new Entry[_usable];
        _nentries = 0;
    }

    private void CloneFrom(PyDict other)
    {
        _indices = (int[])other._indices.Clone();
        _entries = (Entry[])other._entries.Clone();
        _used = other._used;
        _nentries = other._nentries;
        _usable = other._usable;
    }

    /// <summary>The position of <paramref name="key"/>'s entry, or -1; <paramref name="freeSlot"/> is the first empty or dummy slot probed, where find_empty_slot would insert.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(object key, long hash, out int freeSlot)
    {
        if (key is long l) return FindLong(key, l, hash, out freeSlot);
        if (key is string s) return FindString(key, s, hash, out freeSlot);
        if (key is PyTuple t) return FindTuple(key, t.Items, hash, out freeSlot);
        return FindGeneric(key, hash, out freeSlot);
    }

    /// <summary>
    /// A tuple key such as (x, y): a stored tuple with an equal hash is compared inline while its
    /// elements are ints and strs, which run no Python code; any other element, or a stored key of
    /// another type, hands the lookup to <see cref="FindGeneric"/> from the start.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindTuple(object key, object[] items, long hash, out int freeSlot)
    {
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        freeSlot = -1;
        while (true)
        {
            int slot = indices[i];
            if (slot > 0)
            {
                ref var entry = ref entries[slot - 1];
                if (entry.Hash == hash)
                {
                    if (ReferenceEquals(entry.Key, key)) return slot - 1;
                    if (entry.Key is not PyTuple stored) return FindGeneric(key, hash, out freeSlot);
                    switch (SimpleItemsEqual(stored.Items, items))
                    {
                        case true: return slot - 1;
                        case null: return FindGeneric(key, hash, out freeSlot);
                    }
                }
            }
            else
            {
                if (freeSlot < 0) freeSlot = i;
                if (slot == Empty) return -1;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    /// <summary>
    /// The position of the key <c>(a, b)</c>, or -1, without making the tuple: a lookup such as
    /// <c>grid.get((x, y))</c> stores nothing, so its key need not exist unless a stored key of equal
    /// hash must be compared by Python equality, which then gets a real tuple (<see cref="FindGeneric"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindPair(object a, object b, long hash)
    {
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        while (true)
        {
            int slot = indices[i];
            if (slot > 0)
            {
                ref var entry = ref entries[slot - 1];
                if (entry.Hash == hash)
                {
                    if (entry.Key is not PyTuple stored) return FindGeneric(new PyTuple([a, b]), hash, out _);
                    var items = stored.Items;
                    if (items.Length == 2)
                    {
                        // Tuple == compares items in order and stops at the first unequal pair.
                        var first = SimpleItemEqual(items[0], a);
                        var equal = first == true ? SimpleItemEqual(items[1], b) : first;
                        if (equal == true) return slot - 1;
                        if (equal is null) return FindGeneric(new PyTuple([a, b]), hash, out _);
                    }
                }
            }
            else if (slot == Empty)
            {
                return -1;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    /// <summary>Item equality decided without Python code: identical, or ints, or strs; null when it needs Python ==.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool? SimpleItemEqual(object x, object y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is long lx) return y is long ly ? lx == ly : null;
        if (x is string sx && y is string sy) return string.Equals(sx, sy);
        return null;
    }

    /// <summary>Tuple equality decided without Python code: items identical, or ints, or strs; null when another kind of item must be compared.</summary>
    private static bool? SimpleItemsEqual(object[] a, object[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (SimpleItemEqual(a[i], b[i]) is not true and var decided) return decided;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindLong(object key, long value, long hash, out int freeSlot)
    {
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        freeSlot = -1;
        while (true)
        {
            int slot = indices[i];
            if (slot > 0)
            {
                ref var entry = ref entries[slot - 1];
                if (entry.Hash == hash)
                {
                    if (entry.Key is not long stored) return FindGeneric(key, hash, out freeSlot);
                    if (stored == value) return slot - 1;
                }
            }
            else
            {
                if (freeSlot < 0) freeSlot = i;
                if (slot == Empty) return -1;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindString(object key, string value, long hash, out int freeSlot)
    {
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        freeSlot = -1;
        while (true)
        {
            int slot = indices[i];
            if (slot > 0)
            {
                ref var entry = ref entries[slot - 1];
                if (entry.Hash == hash)
                {
                    if (entry.Key is not string stored) return FindGeneric(key, hash, out freeSlot);
                    if (string.Equals(stored, value)) return slot - 1;
                }
            }
            else
            {
                if (freeSlot < 0) freeSlot = i;
                if (slot == Empty) return -1;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    /// <summary>
    /// dictkeys_generic_lookup: identity, then equal hash and Python ==. The comparison may run an
    /// <c>__eq__</c> that changes this dict; when the table was replaced (a resize or clear) or the
    /// compared entry no longer holds the same key, the lookup starts again (DKIX_KEY_CHANGED).
    /// </summary>
    private int FindGeneric(object key, long hash, out int freeSlot)
    {
    restart:
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        freeSlot = -1;
        while (true)
        {
            int slot = indices[i];
            if (slot > 0)
            {
                int ix = slot - 1;
                object stored = entries[ix].Key!;
                if (ReferenceEquals(stored, key)) return ix;
                if (entries[ix].Hash == hash)
                {
                    bool equal = PyComparison.EqualBool(stored, key);
                    if (!ReferenceEquals(entries, _entries) || !ReferenceEquals(entries[ix].Key, stored)) goto restart;
                    if (equal) return ix;
                }
            }
            else
            {
                if (freeSlot < 0) freeSlot = i;
                if (slot == Empty) return -1;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    /// <summary>insertdict: replace the value of an equal key (keeping the key object), else append an entry, resizing first when none is usable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(object key, long hash, object value)
    {
        WriteThrough?.Invoke(key, value);
        int ix = Find(key, hash, out int freeSlot);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return;
        }
        if (_usable <= 0)
        {
            Resize(CalculateLog2KeySize((long)_used * 3));  // insertion_resize: GROWTH_RATE is used*3
            freeSlot = FindEmptySlot(hash);
        }
        else if (freeSlot < 0 || _indices[freeSlot] > 0)
        {
            // The comparisons ran Python code that filled the slot the lookup saw free.
            freeSlot = FindEmptySlot(hash);
        }
        if (_used >= ShareIntsFrom)
        {
            if (key is long) key = PyInt.Share(key);
            if (value is long) value = PyInt.Share(value);
        }
        int position = _nentries;
        _indices[freeSlot] = position + 1;
        ref var entry = ref _entries[position];
        entry.Hash = hash;
        entry.Key = key;
        entry.Value = value;
        _nentries = position + 1;
        _usable--;
        _used++;
    }

    /// <summary>delitem_common: the slot becomes a dummy, the entry a hole.</summary>
    private bool TryRemove(object key, long hash, out object value)
    {
        int ix = Find(key, hash, out _);
        if (ix < 0)
        {
            value = PyNone.Instance;
            return false;
        }
        ref var entry = ref _entries[ix];
        value = entry.Value!;
        WriteThrough?.Invoke(key, null);
        _indices[SlotOf(hash, ix)] = Dummy;
        entry = default;
        _used--;
        return true;
    }

    /// <summary>lookdict_index: the slot that points at entry <paramref name="ix"/>.</summary>
    private int SlotOf(long hash, int ix)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        while (indices[i] != ix + 1)
        {
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>find_empty_slot: the first empty or dummy slot on the hash's probe sequence.</summary>
    private int FindEmptySlot(long hash)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        while (indices[i] > 0)
        {
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>dictresize: a new table of 2**<paramref name="log2Size"/> slots holding the live entries, compacted, with their stored hashes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Resize(int log2Size)
    {
        var oldEntries = _entries;
        int oldCount = _nentries;
        Allocate(log2Size);
        var entries = _entries;
        if (oldCount == _used)
        {
            Array.Copy(oldEntries, entries, oldCount);
        }
        else
        {
            int n = 0;
            for (int i = 0; i < oldCount; i++)
                if (oldEntries[i].Key is not null) entries[n++] = oldEntries[i];
        }
        // build_indices_generic: every slot found empty, no dummies yet.
        var indices = _indices;
        int mask = indices.Length - 1;
        for (int ix = 0; ix < _used; ix++)
        {
            long hash = entries[ix].Hash;
            ulong perturb = (ulong)hash;
            int i = (int)hash & mask;
            while (indices[i] != Empty)
            {
                perturb >>= PerturbShift;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            indices[i] = ix + 1;
        }
        _nentries = _used;
        _usable -= _used;
    }
}
