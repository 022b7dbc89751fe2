namespace DlrClosures.Runtime.Operations;

/// <summary>
/// The hash of a frozenset (frozenset_hash in Objects/setobject.c): independent of insertion order,
/// so equal frozensets hash alike whatever their table layout. Each element's hash is spread by a
/// bit shuffle and the results combined with XOR, then mixed with the size; the constants are
/// CPython's, so a frozenset key lands in the same dict and set slots as in CPython.
/// </summary>
internal static class FrozenSetHash
{
    public static long Hash(PySet set)
    {
        // The empty and deleted slots of CPython's table cancel out of its sum: only live entries count.
        ulong hash = 0;
        foreach (var item in set.Items) hash ^= Shuffle((ulong)PyHashing.Hash(item));
        hash ^= ((ulong)set.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069UL + 907133923UL;
        return hash == ulong.MaxValue ? 590923713L : (long)hash;
    }

    private static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}
