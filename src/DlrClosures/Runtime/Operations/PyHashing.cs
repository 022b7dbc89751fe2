using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// <c>hash()</c> with CPython's numeric hashing (Python/pyhash.c): ints hash to their value modulo
/// the Mersenne prime 2**61-1, integral floats hash like the equal int, so 1, 1.0 and True collide
/// and compare equal as dict keys. Set iteration order depends on these values.
/// </summary>
internal static class PyHashing
{
    /// <summary>_PyHASH_MODULUS: 2**61 - 1.</summary>
    private const long Modulus = (1L << 61) - 1;
    private const int Bits = 61;

    /// <summary>The Python hash of <paramref name="value"/>; TypeError for unhashable values.</summary>
    public static long Hash(object value)
    {
        switch (value)
        {
            case long l: return HashLong(l);
            case bool b: return b ? 1 : 0;
            case string s: return HashString(s);
            case double d: return HashDouble(d, value);
            case BigInteger big: return HashBig(big);
            case PyTuple t:
                // A tuple inside a tuple: the recursion is checked against the machine stack only.
                NativeRecursion.EnsureStack();
                return HashTuple(t);
            case PySet { IsFrozen: true } frozen: return FrozenSetHash.Hash(frozen);
            case PyBytes bytes: return BytesOps.Hash(bytes);
            case PyList or PyDict or PySet:
                throw PyErrors.TypeError(PyMessages.Unhashable(PyTypes.TypeName(value)));
            case Classes.PyInstance instance: return instance.Hash();
            case var _ when Interop.ClrObjects.IsClr(value): return Interop.ClrOperators.Hash(value);
            default: return IdentityHash(value);
        }
    }

    /// <summary>The hash of an int that fits in a long (long_hash in longobject.c).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long HashLong(long value)
    {
        // |value| < 2**61 - 1 is its own residue (C's % keeps the dividend's sign): no division.
        if ((ulong)(value + (Modulus - 1)) <= 2 * (ulong)(Modulus - 1)) return value == -1 ? -2 : value;
        return HashLongSlow(value);
    }

    private static long HashLongSlow(long value)
    {
        if (value == long.MinValue) return HashBig(value);
        long h = value >= 0 ? value % Modulus : -(-value % Modulus);
        return h == -1 ? -2 : h;
    }

    private static long HashBig(BigInteger value)
    {
        long h = (long)(BigInteger.Abs(value) % Modulus);
        if (value.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    // A per-process seed: str hashes differ from run to run, as CPython's do (PYTHONHASHSEED).
    private static readonly ulong s_stringSeed = (ulong)Random.Shared.NextInt64();

    /// <summary>The hash of a str, seeded per process as CPython's is (PYTHONHASHSEED).</summary>
    /// <remarks>
    /// CPython computes a str's SipHash once and caches it in the object; a System.String has no room
    /// for that, so every dict probe hashes its key again. .NET's own string.GetHashCode (Marvin)
    /// costs 10-40 ns a call on the short keys of a word count (the profile of dict_words had it at
    /// 11 % of the run), so this is a cheaper multiply-rotate hash over four chars at a time (the
    /// lane step of xxHash64, finished with MurmurHash3's fmix64 so the low bits the table indexes
    /// by depend on every char). Like CPython's with PYTHONHASHSEED fixed, it is not meant to resist
    /// a caller who chooses colliding keys on purpose knowing the seed.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long HashString(string value)
    {
        const ulong Prime1 = 11400714785074694791UL;
        const ulong Prime2 = 14029467366897019727UL;
        ref char start = ref MemoryMarshal.GetReference(value.AsSpan());
        int length = value.Length;
        ulong h = s_stringSeed + (ulong)length * Prime1;
        int i = 0;
        for (; i + 4 <= length; i += 4)
        {
            ulong lane = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref start, i)));
            h = BitOperations.RotateLeft(h ^ (lane * Prime2), 31) * Prime1;
        }
        if (i < length)
        {
            ulong lane = 0;
            for (int shift = 0; i < length; i++, shift += 16) lane |= (ulong)Unsafe.Add(ref start, i) << shift;
            h = BitOperations.RotateLeft(h ^ (lane * Prime2), 31) * Prime1;
        }
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return Fix((long)h);
    }

    /// <summary>_Py_HashDouble: equal to the int hash for integral values.</summary>
    private static long HashDouble(double v, object box)
    {
        if (double.IsNaN(v)) return IdentityHash(box);
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        double m = Frexp(v, out int e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | x >> (Bits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus) x -= Modulus;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | x >> (Bits - e);
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    /// <summary>C's frexp: v = m * 2**e with 0.5 &lt;= |m| &lt; 1.</summary>
    private static double Frexp(double v, out int e)
    {
        if (v == 0) { e = 0; return v; }
        e = Math.ILogB(v) + 1;
        double m = Math.ScaleB(v, -e);
        return m;
    }

    /// <summary>tuplehash in tupleobject.c (the xxHash-based variant used since 3.8).</summary>
    internal static long HashTuple(PyTuple tuple)
    {
        ulong acc = TuplePrime5;
        foreach (var item in tuple.Items) acc = TupleLane(acc, item);
        return TupleFinish(acc, tuple.Items.Length);
    }

    /// <summary>The hash of the tuple <c>(a, b)</c>, without the tuple.</summary>
    internal static long HashPair(object a, object b) => TupleFinish(TupleLane(TupleLane(TuplePrime5, a), b), 2);

    private const ulong TuplePrime1 = 11400714785074694791UL;
    private const ulong TuplePrime2 = 14029467366897019727UL;
    private const ulong TuplePrime5 = 2870177450012600261UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong TupleLane(ulong acc, object item)
    {
        // Ints and strs, the usual elements of a key such as (x, y), skip Hash's type switch.
        ulong lane = (ulong)(item is long l ? HashLong(l) : item is string s ? HashString(s) : Hash(item));
        acc += lane * TuplePrime2;
        acc = BitOperations.RotateLeft(acc, 31);
        return acc * TuplePrime1;
    }

    private static long TupleFinish(ulong acc, int length)
    {
        acc += (ulong)length ^ (TuplePrime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// <summary>object.__hash__: derived from identity, like CPython's id-based hash.</summary>
    public static long IdentityHash(object value) => RuntimeHelpers.GetHashCode(value) & 0x7fffffff;

    private static long Fix(long h) => h == -1 ? -2 : h;
}
