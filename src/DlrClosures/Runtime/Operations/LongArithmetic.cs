using System.Runtime.CompilerServices;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Python's int operations on two longs that report, instead of handling, the cases a long cannot
/// answer: overflow (the result needs a BigInteger) and a zero divisor (ZeroDivisionError). Compiled
/// code chains them to evaluate <c>i * 2 % 7</c> without boxing the intermediate, and falls back to
/// the general operations, which raise or promote, when one returns false.
/// </summary>
public static class LongArithmetic
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAdd(long a, long b, out long result)
    {
        result = unchecked(a + b);
        return ((a ^ result) & (b ^ result)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TrySubtract(long a, long b, out long result)
    {
        result = unchecked(a - b);
        return ((a ^ b) & (a ^ result)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMultiply(long a, long b, out long result)
    {
        long high = Math.BigMul(a, b, out result);
        return high == (result >> 63);
    }

    /// <summary><c>a // b</c>, rounding toward negative infinity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFloorDivide(long a, long b, out long result)
    {
        // b == -1 is left to the general path: long.MinValue // -1 overflows.
        if (b == 0 || b == -1)
        {
            result = 0;
            return false;
        }
        result = a / b;
        if ((a % b != 0) && ((a ^ b) < 0)) result--;
        return true;
    }

    /// <summary><c>a % b</c>, with the sign of the divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryModulo(long a, long b, out long result)
    {
        if (b == 0 || b == -1)
        {
            result = 0;
            return false;
        }
        result = a % b;
        if (result != 0 && ((result ^ b) < 0)) result += b;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryBitAnd(long a, long b, out long result)
    {
        result = a & b;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryBitOr(long a, long b, out long result)
    {
        result = a | b;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryBitXor(long a, long b, out long result)
    {
        result = a ^ b;
        return true;
    }
}
