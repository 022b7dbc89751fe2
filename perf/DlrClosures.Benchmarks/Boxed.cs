using System.Runtime.CompilerServices;

namespace DlrClosures.Benchmarks;

/// <summary>
/// The operations the object-boxed C# shapes use: what an ideal compiler of a dynamic language
/// would emit inline. Every value is an <see cref="object"/>, every captured variable a
/// <c>StrongBox&lt;object&gt;</c>; each operation guards the operand types (a type test, as an
/// inline cache would) and takes the int fast path with Python's overflow check; calls cast the
/// callee to its delegate type (the guard) and invoke it. Small ints share boxes, as in CPython and
/// the engine. The slow paths (big ints, other types) are out of scope: these workloads never reach
/// them, and reaching one throws rather than hiding a wrong shape.
/// </summary>
internal static class Boxed
{
    private const long CacheMin = -5;
    private const long CacheMax = 1024;
    private static readonly object[] s_smallInts = CreateSmallInts();

    /// <summary>The value of a cell not yet bound (a sentinel, never null).</summary>
    public static readonly object Unbound = new();

    public static readonly object Zero = Int(0);
    public static readonly object One = Int(1);
    public static readonly object Two = Int(2);

    private static object[] CreateSmallInts()
    {
        var cache = new object[CacheMax - CacheMin + 1];
        for (long i = CacheMin; i <= CacheMax; i++) cache[i - CacheMin] = i;
        return cache;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Int(long value) =>
        (ulong)(value - CacheMin) <= (ulong)(CacheMax - CacheMin) ? s_smallInts[value - CacheMin] : value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Add(object a, object b)
    {
        if (a is long x && b is long y)
        {
            long r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0) return Int(r);
        }
        throw SlowPath();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Sub(object a, object b)
    {
        if (a is long x && b is long y)
        {
            long r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0) return Int(r);
        }
        throw SlowPath();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Mul(object a, object b)
    {
        if (a is long x && b is long y)
        {
            long high = Math.BigMul(x, y, out long low);
            if (high == low >> 63) return Int(low);
        }
        throw SlowPath();
    }

    /// <summary>Python's <c>%</c> on ints: the result takes the sign of the divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Mod(object a, object b)
    {
        if (a is long x && b is long y && y != 0 && y != -1)
        {
            long r = x % y;
            if (r != 0 && (r ^ y) < 0) r += y;
            return Int(r);
        }
        throw SlowPath();
    }

    /// <summary><c>a &lt; b</c> fused with the branch that tests it, so no bool is boxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(object a, object b) =>
        a is long x && b is long y ? x < y : throw SlowPath();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Call(object function) => ((Func<object>)function)();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Call(object function, object argument) => ((Func<object, object>)function)(argument);

    private static NotSupportedException SlowPath() =>
        new("the boxed C# shape has only the int fast path; these workloads never leave it");
}
