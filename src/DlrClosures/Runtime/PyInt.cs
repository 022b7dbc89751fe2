using System.Numerics;
using System.Runtime.CompilerServices;

namespace DlrClosures.Runtime;

/// <summary>
/// Python's int: a boxed <see cref="long"/> while the value fits, a <see cref="BigInteger"/> only
/// when it does not (always normalised, so a BigInteger is never in long range). Small values share
/// preallocated boxes.
/// </summary>
public static class PyInt
{
    private const long CacheMin = -5;
    private const long CacheMax = 1024;

    // CPython keeps -5..256 as singletons (Objects/longobject.c, _PY_NSMALLPOSINTS); a wider range
    // here keeps loop counters and list indices from allocating.
    private static readonly object[] s_cache = CreateCache();

    private static object[] CreateCache()
    {
        var cache = new object[CacheMax - CacheMin + 1];
        for (long i = CacheMin; i <= CacheMax; i++) cache[i - CacheMin] = i;
        return cache;
    }

    /// <summary>The box for <paramref name="value"/>, shared for small values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Box(long value) =>
        (ulong)(value - CacheMin) <= (ulong)(CacheMax - CacheMin) ? s_cache[value - CacheMin] : value;

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
