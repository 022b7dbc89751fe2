using System.Numerics;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>Binary and unary arithmetic with Python semantics: int is long until it overflows into BigInteger, bool counts as int, true division gives float, floor division and modulo round toward negative infinity, str/list/tuple concatenation and repetition.</summary>
/// <remarks>
/// Every operator has a long/long fast path; anything else goes through <see cref="Binary(BinaryOp, object, object)"/>, which
/// tries, in order, int, float, sequence and set/dict operators, then a user class's
/// <c>__op__</c>/<c>__rop__</c>, then raises binop_type_error's TypeError (Objects/abstract.c).
/// </remarks>
internal static class PyArithmetic
{
    public static object Add(object a, object b) =>
        a is long x && b is long y ? AddInt(x, y)
        : a is string s && b is string t ? string.Concat(s, t)
        : Binary(BinaryOp.Add, a, b);

    public static object Subtract(object a, object b) =>
        a is long x && b is long y ? SubtractInt(x, y) : Binary(BinaryOp.Subtract, a, b);

    public static object Multiply(object a, object b) =>
        a is long x && b is long y ? MultiplyInt(x, y) : Binary(BinaryOp.Multiply, a, b);

    public static object TrueDivide(object a, object b) => Binary(BinaryOp.TrueDivide, a, b);

    public static object FloorDivide(object a, object b) =>
        a is long x && b is long y ? FloorDivideInt(x, y) : Binary(BinaryOp.FloorDivide, a, b);

    public static object Modulo(object a, object b) =>
        a is long x && b is long y ? ModuloInt(x, y) : Binary(BinaryOp.Remainder, a, b);

    public static object Power(object a, object b) => Binary(BinaryOp.Power, a, b);
    public static object LeftShift(object a, object b) =>
        a is long x && b is long y ? LeftShiftInt(x, y) : Binary(BinaryOp.LeftShift, a, b);

    public static object RightShift(object a, object b) =>
        a is long x && b is long y ? RightShiftInt(x, y) : Binary(BinaryOp.RightShift, a, b);

    public static object BitAnd(object a, object b) =>
        a is long x && b is long y ? PyInt.Box(x & y) : Binary(BinaryOp.And, a, b);

    public static object BitOr(object a, object b) =>
        a is long x && b is long y ? PyInt.Box(x | y) : Binary(BinaryOp.Or, a, b);

    public static object BitXor(object a, object b) =>
        a is long x && b is long y ? PyInt.Box(x ^ y) : Binary(BinaryOp.Xor, a, b);

    public static object MatMultiply(object a, object b) => Binary(BinaryOp.MatMultiply, a, b);

    // Augmented assignment, PyNumber_InPlace*: see InPlaceOps. Ints are immutable, so their fast
    // paths are the binary ones.

    /// <summary><c>a += b</c> (PyNumber_InPlaceAdd): a list is extended in place by any iterable; a str, immutable, is concatenated.</summary>
    public static object InPlaceAdd(object a, object b) =>
        a is long x && b is long y ? AddInt(x, y)
        : a is string s && b is string t ? string.Concat(s, t)
        : InPlaceOps.Apply(BinaryOp.Add, a, b);

    /// <summary><c>a -= b</c>: a set loses the elements of another in place.</summary>
    public static object InPlaceSubtract(object a, object b) =>
        a is long x && b is long y ? SubtractInt(x, y) : InPlaceOps.Apply(BinaryOp.Subtract, a, b);

    /// <summary><c>a *= n</c>: a list repeats in place.</summary>
    public static object InPlaceMultiply(object a, object b) =>
        a is long x && b is long y ? MultiplyInt(x, y) : InPlaceOps.Apply(BinaryOp.Multiply, a, b);

    /// <summary><c>a /= b</c>.</summary>
    public static object InPlaceTrueDivide(object a, object b) => InPlaceOps.Apply(BinaryOp.TrueDivide, a, b);

    /// <summary><c>a //= b</c>.</summary>
    public static object InPlaceFloorDivide(object a, object b) =>
        a is long x && b is long y ? FloorDivideInt(x, y) : InPlaceOps.Apply(BinaryOp.FloorDivide, a, b);

    /// <summary><c>a %= b</c>.</summary>
    public static object InPlaceModulo(object a, object b) =>
        a is long x && b is long y ? ModuloInt(x, y) : InPlaceOps.Apply(BinaryOp.Remainder, a, b);

    /// <summary><c>a **= b</c>.</summary>
    public static object InPlacePower(object a, object b) => InPlaceOps.Apply(BinaryOp.Power, a, b);

    /// <summary><c>a &lt;&lt;= b</c>.</summary>
    public static object InPlaceLeftShift(object a, object b) =>
        a is long x && b is long y ? LeftShiftInt(x, y) : InPlaceOps.Apply(BinaryOp.LeftShift, a, b);

    /// <summary><c>a &gt;&gt;= b</c>.</summary>
    public static object InPlaceRightShift(object a, object b) =>
        a is long x && b is long y ? RightShiftInt(x, y) : InPlaceOps.Apply(BinaryOp.RightShift, a, b);

    /// <summary><c>a &amp;= b</c>: a set keeps only the common elements, in place.</summary>
    public static object InPlaceBitAnd(object a, object b) =>
        a is long x && b is long y ? PyInt.Box(x & y) : InPlaceOps.Apply(BinaryOp.And, a, b);

    /// <summary><c>a |= b</c>: a set or dict is updated in place.</summary>
    public static object InPlaceBitOr(object a, object b) =>
        a is long x && b is long y ? PyInt.Box(x | y) : InPlaceOps.Apply(BinaryOp.Or, a, b);

    /// <summary><c>a ^= b</c>: a set becomes the symmetric difference, in place.</summary>
    public static object InPlaceBitXor(object a, object b) =>
        a is long x && b is long y ? PyInt.Box(x ^ y) : InPlaceOps.Apply(BinaryOp.Xor, a, b);

    /// <summary><c>a @= b</c>.</summary>
    public static object InPlaceMatMultiply(object a, object b) => InPlaceOps.Apply(BinaryOp.MatMultiply, a, b);

    /// <summary>Any binary operator, by <see cref="BinaryOp"/>; the non-fast path of every method above.</summary>
    public static object Binary(BinaryOp op, object a, object b) => Binary(op, a, b, BinaryOpInfo.Symbol(op));

    /// <summary>A binary operator whose TypeError names <paramref name="symbol"/> (the augmented form for in-place operators).</summary>
    internal static object Binary(BinaryOp op, object a, object b, string symbol)
    {
        if (PyInt.IsInt(a) && PyInt.IsInt(b))
        {
            if (a is bool p && b is bool q && op is BinaryOp.And or BinaryOp.Or or BinaryOp.Xor)
                return PyBool.Box(op == BinaryOp.And ? p & q : op == BinaryOp.Or ? p | q : p ^ q);
            if (op != BinaryOp.MatMultiply && PyInt.TryGetLong(a, out long x) && PyInt.TryGetLong(b, out long y))
                return BinaryLong(op, x, y);
            if (op != BinaryOp.MatMultiply && PyInt.TryGetBig(a, out var bx) && PyInt.TryGetBig(b, out var by))
                return IntOps.Binary(op, bx, by);
        }
        else if (TryGetFloatOperands(a, b, out double fa, out double fb) && IsFloatOp(op))
        {
            return FloatOps.Binary(op, fa, fb);
        }
        if (SequenceOps.TryBinary(op, a, b, out var result)) return result;
        if (TryUserBinary(op, a, b, out result)) return result;
        // sequence * obj with __index__ (sq_repeat takes PyNumber_AsSsize_t of the count).
        if (op == BinaryOp.Multiply && (a is PyInstance ^ b is PyInstance)
            && (a is PyInstance ia ? ia : (PyInstance)b).HasSpecial("__index__")
            && SequenceOps.TryBinary(op, a is PyInstance ? PyInt.FromBigInteger(Builtins.PyArgs.BigIndex(a)) : a,
                b is PyInstance ? PyInt.FromBigInteger(Builtins.PyArgs.BigIndex(b)) : b, out result))
            return result;
        // int | None, int | str: type.__or__ and friends make a union.
        if (op == BinaryOp.Or && PyUnionType.TryMake(a, b, out result)) return result;
        if (Interop.ClrOperators.TryBinary(op, a, b, out result)) return result;
        throw PyErrors.TypeError(PyMessages.UnsupportedOperands(symbol, PyTypes.TypeName(a), PyTypes.TypeName(b)));
    }

    public static object Negate(object a) => a switch
    {
        long x => x == long.MinValue ? -(BigInteger)x : PyInt.Box(-x),
        double d => -d,
        bool b => PyInt.Box(b ? -1 : 0),
        BigInteger big => PyInt.FromBigInteger(-big),
        _ => Unary(a, "-", "__neg__"),
    };

    public static object Plus(object a) => a switch
    {
        long or double or BigInteger => a,
        bool b => PyInt.Box(b ? 1 : 0),
        _ => Unary(a, "+", "__pos__"),
    };

    public static object Invert(object a) => a switch
    {
        long x => PyInt.Box(~x),
        bool b => PyInt.Box(b ? -2 : -1),
        BigInteger big => PyInt.FromBigInteger(-big - 1),
        _ => Unary(a, "~", "__invert__"),
    };

    /// <summary>abs(): ints and floats, or a class's <c>__abs__</c>.</summary>
    public static object Abs(object a) => a switch
    {
        long x => x == long.MinValue ? -(BigInteger)x : PyInt.Box(Math.Abs(x)),
        double d => Math.Abs(d),
        bool b => PyInt.Box(b ? 1 : 0),
        BigInteger big => PyInt.FromBigInteger(BigInteger.Abs(big)),
        PyInstance i when i.TryInvokeSpecial("__abs__", [], out var r) => r,
        _ => throw PyErrors.TypeError(PyMessages.BadAbsOperand(PyTypes.TypeName(a))),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object AddInt(long a, long b)
    {
        long r = unchecked(a + b);
        // Overflow iff both operands have the sign opposite to the result's.
        return ((a ^ r) & (b ^ r)) < 0 ? AddOverflow(a, b) : PyInt.Box(r);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object SubtractInt(long a, long b)
    {
        long r = unchecked(a - b);
        return ((a ^ b) & (a ^ r)) < 0 ? SubtractOverflow(a, b) : PyInt.Box(r);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object MultiplyInt(long a, long b)
    {
        long high = Math.BigMul(a, b, out long low);
        return high != (low >> 63) ? MultiplyOverflow(a, b) : PyInt.Box(low);
    }

    public static object FloorDivideInt(long a, long b)
    {
        if (b == 0) throw PyErrors.ZeroDivisionError(PyMessages.IntDivisionByZero);
        if (b == -1) return Negate(a);
        long q = a / b;
        // C division truncates; Python floors, so step down when the signs differ and it was inexact
        // (the sign test first: operands of one sign, the usual case, need no second division).
        if (((a ^ b) < 0) && (a % b != 0)) q--;
        return PyInt.Box(q);
    }

    public static object ModuloInt(long a, long b)
    {
        if (b == 0) throw PyErrors.ZeroDivisionError(PyMessages.IntModuloByZero);
        if (b == -1) return PyInt.Box(0);
        long r = a % b;
        if (r != 0 && ((r ^ b) < 0)) r += b;
        return PyInt.Box(r);
    }

    private static object BinaryLong(BinaryOp op, long x, long y)
    {
        switch (op)
        {
            case BinaryOp.Add: return AddInt(x, y);
            case BinaryOp.Subtract: return SubtractInt(x, y);
            case BinaryOp.Multiply: return MultiplyInt(x, y);
            case BinaryOp.FloorDivide: return FloorDivideInt(x, y);
            case BinaryOp.Remainder: return ModuloInt(x, y);
            case BinaryOp.And: return PyInt.Box(x & y);
            case BinaryOp.Or: return PyInt.Box(x | y);
            case BinaryOp.Xor: return PyInt.Box(x ^ y);
            case BinaryOp.TrueDivide:
                if (y == 0) throw PyErrors.ZeroDivisionError(PyMessages.DivisionByZero);
                return IntOps.TrueDivide(x, y);
            case BinaryOp.RightShift: return RightShiftInt(x, y);
            case BinaryOp.LeftShift: return LeftShiftInt(x, y);
            default: return IntOps.Binary(op, x, y);
        }
    }

    /// <summary><c>a &gt;&gt; b</c> on two small ints (long_rshift): a negative count is a ValueError, 64 or more leaves only the sign.</summary>
    public static object RightShiftInt(long a, long b)
    {
        if (b < 0) throw PyErrors.ValueError(PyMessages.NegativeShiftCount);
        return PyInt.Box(b >= 64 ? (a < 0 ? -1 : 0) : a >> (int)b);
    }

    /// <summary><c>a &lt;&lt; b</c> on two small ints: in a long while no bit is lost, else the big-int shift (long_lshift, with its errors).</summary>
    public static object LeftShiftInt(long a, long b)
    {
        if ((ulong)b < 63)
        {
            long shifted = a << (int)b;
            if (shifted >> (int)b == a) return PyInt.Box(shifted);
        }
        return IntOps.Binary(BinaryOp.LeftShift, a, b);
    }

    private static object AddOverflow(long a, long b) => (BigInteger)a + b;
    private static object SubtractOverflow(long a, long b) => (BigInteger)a - b;
    private static object MultiplyOverflow(long a, long b) => (BigInteger)a * b;

    private static bool IsFloatOp(BinaryOp op) => op is BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply
        or BinaryOp.TrueDivide or BinaryOp.FloorDivide or BinaryOp.Remainder or BinaryOp.Power;

    /// <summary>True when one operand is a float and the other a float or int (converted with PyLong_AsDouble).</summary>
    internal static bool TryGetFloatOperands(object a, object b, out double x, out double y)
    {
        x = y = 0;
        if (a is not double && b is not double) return false;
        if (!TryToDouble(a, out x) || !TryToDouble(b, out y)) return false;
        return true;
    }

    internal static bool TryToDouble(object value, out double result)
    {
        switch (value)
        {
            case double d: result = d; return true;
            case long l: result = l; return true;
            case bool b: result = b ? 1 : 0; return true;
            case BigInteger big: result = IntOps.ToDouble(big); return true;
            default: result = 0; return false;
        }
    }

    private static bool TryUserBinary(BinaryOp op, object a, object b, out object result)
    {
        string stem = BinaryOpInfo.MethodStem(op);
        if (a is PyInstance left && left.TryInvokeSpecial($"__{stem}__", [b], out result) && result is not PyNotImplemented)
            return true;
        if (b is PyInstance right && right.TryInvokeSpecial($"__r{stem}__", [a], out result) && result is not PyNotImplemented)
            return true;
        result = PyNone.Instance;
        return false;
    }

    private static object Unary(object a, string symbol, string method)
    {
        if (a is PyInstance instance && instance.TryInvokeSpecial(method, [], out var result)) return result;
        if (Interop.ClrOperators.TryUnary(symbol, a, out result)) return result;
        throw PyErrors.TypeError(PyMessages.BadUnaryOperand(symbol, PyTypes.TypeName(a)));
    }
}
