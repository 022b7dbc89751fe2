using System.Numerics;
using System.Runtime.CompilerServices;

namespace DlrClosures.Runtime;

/// <summary>
/// Python's int: a boxed <see cref="long"/> while the value fits, a <see cref="BigInteger"/> only
/// when it does not (always normalised, so a BigInteger is never in long range). Small values share
/// preallocated boxes.
/// </summary>
internal static class PyInt
{
    private const long CacheMin = -5;
    private const long CacheMax = 1024;
    private const int SharedLength = 1 << 18;

    // CPython keeps -5..256 as singletons (Objects/longobject.c, _PY_NSMALLPOSINTS); a wider range
    // here keeps loop counters and list indices from allocating. Past it, up to 2**18, the table
    // grows to hold the boxes a big dict keeps (see Share); it is replaced, never changed in size.
    private static object?[] s_cache = CreateCache();

    private static object?[] CreateCache()
    {
        var cache = new object?[CacheMax - CacheMin + 1];
        for (long i = CacheMin; i <= CacheMax; i++) cache[i - CacheMin] = i;
        return cache;
    }

    /// <summary>The box for <paramref name="value"/>, shared for small values and for those a big dict holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Box(long value)
    {
        var cache = s_cache;
        ulong i = (ulong)(value - CacheMin);
        return i < (ulong)cache.Length ? cache[i] ?? value : value;
    }

    /// <summary>
    /// The shared box of the int in <paramref name="box"/> (a boxed long), made so by this call when
    /// there was none yet and the value is below 2**18; otherwise <paramref name="box"/> itself.
    /// </summary>
    /// <remarks>
    /// A dict of a few hundred thousand int keys (a table indexed by ids, dict_seq_ints) keeps every
    /// box it stores alive, so each collection copies and promotes them, and the next table built
    /// over the same ids allocates and promotes them all again: a third of such a run was the GC and
    /// the page faults of fresh memory. <see cref="PyDict"/> stores the shared box instead once it
    /// is big, so the ints it holds are allocated once per process and stay in the old generation,
    /// and <see cref="Box"/> hands out the same boxes (a range over the ids allocates nothing). Only
    /// big dicts share: boxes that die young (the values of a small cache that churns) cost nothing
    /// to the GC, and keeping them would make them survive. At most 2**18 boxes (6 MB) and a 2 MB
    /// table stay alive, for the values a program stored.
    /// </remarks>
    internal static object Share(object box)
    {
        ulong i = (ulong)(Unsafe.Unbox<long>(box) - CacheMin);
        if (i >= SharedLength) return box;
        var cache = s_cache;
        if (cache.Length < SharedLength)
        {
            // Two threads growing it at once may lose each other's entries: they are only boxes.
            var grown = new object?[SharedLength];
            Array.Copy(cache, grown, cache.Length);
            s_cache = cache = grown;
        }
        return cache[i] ??= box;
    }

    /// <summary>A normalised int: a boxed long when <paramref name="value"/> fits, else the BigInteger.</summary>
    public static object FromBigInteger(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? Box((long)value) : value;

    /// <summary>True for Python ints: long, BigInteger and bool (bool is a subclass of int).</summary>
    public static bool IsInt(object value) => value is long or BigInteger or bool;

    /// <summary>The value of an int that fits in a long (bool counts as 0/1); false for BigInteger and non-ints.</summary>
    public static bool TryGetLong(object value, out long result)
    {
        switch (value)
        {
            case long l: result = l; return true;
            case bool b: result = b ? 1 : 0; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>Any Python int as a BigInteger; false for non-ints.</summary>
    public static bool TryGetBig(object value, out BigInteger result)
    {
        switch (value)
        {
            case long l: result = l; return true;
            case bool b: result = b ? BigInteger.One : BigInteger.Zero; return true;
            case BigInteger big: result = big; return true;
            default: result = default; return false;
        }
    }
}
