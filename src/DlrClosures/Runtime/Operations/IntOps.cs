using System.Numerics;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime.Operations;

/// <summary>Arbitrary-precision int arithmetic (Objects/longobject.c) on BigInteger, results normalised back to long.</summary>
internal static class IntOps
{
    public static object Binary(BinaryOp op, BigInteger a, BigInteger b) => op switch
    {
        BinaryOp.Add => PyInt.FromBigInteger(a + b),
        BinaryOp.Subtract => PyInt.FromBigInteger(a - b),
        BinaryOp.Multiply => PyInt.FromBigInteger(a * b),
        BinaryOp.TrueDivide => TrueDivide(a, b),
        BinaryOp.FloorDivide => PyInt.FromBigInteger(FloorDivide(a, b, PyMessages.IntDivisionByZero)),
        BinaryOp.Remainder => PyInt.FromBigInteger(Modulo(a, b)),
        BinaryOp.Power => Power(a, b),
        BinaryOp.LeftShift => LeftShift(a, b),
        BinaryOp.RightShift => RightShift(a, b),
        BinaryOp.And => PyInt.FromBigInteger(a & b),
        BinaryOp.Or => PyInt.FromBigInteger(a | b),
        BinaryOp.Xor => PyInt.FromBigInteger(a ^ b),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static BigInteger FloorDivide(BigInteger a, BigInteger b, string zeroMessage)
    {
        if (b.IsZero) throw PyErrors.ZeroDivisionError(zeroMessage);
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    public static BigInteger Modulo(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw PyErrors.ZeroDivisionError(PyMessages.IntModuloByZero);
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) r += b;
        return r;
    }

    /// <summary>
    /// long_true_divide: exact operands when both fit in 53 bits; otherwise a 62-63 bit quotient with
    /// a sticky bit for any remainder, so the one rounding to double is correct (half to even).
    /// </summary>
    public static object TrueDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw PyErrors.ZeroDivisionError(PyMessages.DivisionByZero);
        const long Exact = 1L << 53;
        if (BigInteger.Abs(a) <= Exact && BigInteger.Abs(b) <= Exact) return (double)a / (double)b;
        if (a.IsZero) return b.Sign < 0 ? -0.0 : 0.0;
        var num = BigInteger.Abs(a);
        var den = BigInteger.Abs(b);
        long shift = 62 - (long)(num.GetBitLength() - den.GetBitLength());
        if (shift > 0) num <<= (int)shift; else den <<= (int)-shift;
        var q = BigInteger.DivRem(num, den, out var rem);
        ulong bits = (ulong)q;
        if (!rem.IsZero) bits |= 1;
        double result = Math.ScaleB(bits, (int)-shift);
        if (double.IsInfinity(result)) throw PyErrors.OverflowError(PyMessages.IntDivisionTooLarge);
        return a.Sign * b.Sign < 0 ? -result : result;
    }

    public static object Power(BigInteger a, BigInteger b)
    {
        if (b.Sign < 0)
            return FloatOps.Binary(BinaryOp.Power, ToDouble(a), ToDouble(b));
        if (a.IsOne || b.IsZero) return PyInt.Box(1);
        if (a.IsZero) return PyInt.Box(0);
        if (a == BigInteger.MinusOne) return PyInt.Box(b.IsEven ? 1 : -1);
        if (b > int.MaxValue) throw PyErrors.OverflowError("exponent too large");
        // The result has about b * log2|a| bits: the memory limit is checked before it is computed.
        double bits = (double)b * a.GetBitLength();
        PyLimits.ReserveMemory((long)Math.Min(bits / 8, long.MaxValue));
        return PyInt.FromBigInteger(bits < LongPowerBits ? BigInteger.Pow(a, (int)b) : PowerWithCheckpoints(a, (int)b));
    }

    /// <summary>Results from this size on take long enough to compute that the limits are checked between multiplications.</summary>
    private const double LongPowerBits = 1 << 20;

    /// <summary>
    /// Square and multiply, with the time, cancellation and memory limits read before each
    /// multiplication: <c>10**42994299</c> (which CPython itself takes minutes over) is stopped by a
    /// time limit within about one multiplication of it, not when the whole power is done.
    /// </summary>
    private static BigInteger PowerWithCheckpoints(BigInteger a, int b)
    {
        BigInteger result = BigInteger.One, square = a;
        while (true)
        {
            if ((b & 1) != 0)
            {
                PyLimits.CheckNow();
                result *= square;
            }
            b >>= 1;
            if (b == 0) return result;
            PyLimits.CheckNow();
            square *= square;
        }
    }

    /// <summary>Three-argument pow (long_pow with a modulus).</summary>
    public static object PowerModulo(BigInteger a, BigInteger b, BigInteger m)
    {
        if (m.IsZero) throw PyErrors.ValueError(PyMessages.Pow3ZeroModulus);
        var mod = BigInteger.Abs(m);
        if (b.Sign < 0)
        {
            var inverse = ModInverse(Modulo(a, mod), mod);
            a = inverse;
            b = -b;
        }
        var r = BigInteger.ModPow(Modulo(a, mod), b, mod);
        if (m.Sign < 0 && !r.IsZero) r += m;
        return PyInt.FromBigInteger(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = a;
        while (!a1.IsZero)
        {
            var q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (!g.IsOne) throw PyErrors.ValueError(PyMessages.Pow3NegativeExponent);
        return Modulo(x, m);
    }

    private static object LeftShift(BigInteger a, BigInteger b)
    {
        if (b.Sign < 0) throw PyErrors.ValueError(PyMessages.NegativeShiftCount);
        if (a.IsZero) return PyInt.Box(0);
        if (b > int.MaxValue) throw PyErrors.OverflowError(PyMessages.TooManyDigitsForShift);
        return PyInt.FromBigInteger(a << (int)b);
    }

    private static object RightShift(BigInteger a, BigInteger b)
    {
        if (b.Sign < 0) throw PyErrors.ValueError(PyMessages.NegativeShiftCount);
        if (b > int.MaxValue) return PyInt.Box(a.Sign < 0 ? -1 : 0);
        return PyInt.FromBigInteger(a >> (int)b);
    }

    /// <summary>
    /// PyLong_AsDouble: correctly rounded (BigInteger's own conversion truncates), OverflowError
    /// beyond the float range. Large values keep their top 63 bits plus a sticky bit, so the single
    /// ulong-to-double rounding is exact half-to-even.
    /// </summary>
    public static double ToDouble(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return (long)value;
        var abs = BigInteger.Abs(value);
        int shift = (int)abs.GetBitLength() - 63;
        ulong top = (ulong)(abs >> shift);
        if (!(abs & ((BigInteger.One << shift) - 1)).IsZero) top |= 1;
        double d = Math.ScaleB(top, shift);
        if (double.IsInfinity(d)) throw PyErrors.OverflowError(PyMessages.IntTooLargeForFloat);
        return value.Sign < 0 ? -d : d;
    }

    /// <summary>int(float): truncates toward zero; inf and nan cannot convert.</summary>
    public static object FromDouble(double value)
    {
        if (double.IsNaN(value)) throw PyErrors.ValueError(PyMessages.CannotConvertNaN);
        if (double.IsInfinity(value)) throw PyErrors.OverflowError(PyMessages.CannotConvertInfinity);
        double t = Math.Truncate(value);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18) return PyInt.Box((long)t);
        return PyInt.FromBigInteger(new BigInteger(t));
    }

    /// <summary>str(int) for a BigInteger, under the runtime's limit on digits (<see cref="IntDigits.ToDecimal"/>).</summary>
    public static string ToDecimalString(BigInteger value) => IntDigits.ToDecimal(value);
}
