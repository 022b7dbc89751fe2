using System.Reflection;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Binders;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Python's int operations on two longs that report, instead of handling, the cases a long cannot
/// answer: overflow (the result needs a BigInteger) and a zero divisor (ZeroDivisionError). Compiled
/// code chains them to evaluate <c>i * 2 % 7</c> without boxing the intermediate, and falls back to
/// the general operations, which raise or promote, when one returns false.
/// </summary>
internal static class LongArithmetic
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
        // The sign test first: operands of one sign need no second division.
        if (((a ^ b) < 0) && (a % b != 0)) result--;
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

    /// <summary>
    /// The checked operation of <paramref name="op"/> (an in-place operation: its binary one), by
    /// name, or null when it has none: the one table the binder (which operations an int chain may
    /// hold), the compiled engine (<see cref="MethodFor"/>) and the interpreter (<see cref="TryApply"/>) follow.
    /// </summary>
    public static string? NameOf(PyBinaryOp op) => PyBinaryOps.OnNumbers(op) switch
    {
        PyBinaryOp.Add => nameof(TryAdd),
        PyBinaryOp.Subtract => nameof(TrySubtract),
        PyBinaryOp.Multiply => nameof(TryMultiply),
        PyBinaryOp.FloorDivide => nameof(TryFloorDivide),
        PyBinaryOp.Modulo => nameof(TryModulo),
        PyBinaryOp.BitAnd => nameof(TryBitAnd),
        PyBinaryOp.BitOr => nameof(TryBitOr),
        PyBinaryOp.BitXor => nameof(TryBitXor),
        _ => null,
    };

    /// <summary>The method <see cref="NameOf"/> names, for expression trees.</summary>
    public static MethodInfo MethodFor(PyBinaryOp op) =>
        typeof(LongArithmetic).GetMethod(NameOf(op) ?? throw new ArgumentOutOfRangeException(nameof(op), op, "no checked long operation"))!;

    /// <summary>The operation <see cref="NameOf"/> names, applied: false on overflow or a zero divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryApply(PyBinaryOp op, long a, long b, out long result) => PyBinaryOps.OnNumbers(op) switch
    {
        PyBinaryOp.Add => TryAdd(a, b, out result),
        PyBinaryOp.Subtract => TrySubtract(a, b, out result),
        PyBinaryOp.Multiply => TryMultiply(a, b, out result),
        PyBinaryOp.FloorDivide => TryFloorDivide(a, b, out result),
        PyBinaryOp.Modulo => TryModulo(a, b, out result),
        PyBinaryOp.BitAnd => TryBitAnd(a, b, out result),
        PyBinaryOp.BitOr => TryBitOr(a, b, out result),
        _ => TryBitXor(a, b, out result),
    };
}
