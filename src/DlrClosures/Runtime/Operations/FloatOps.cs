using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>float arithmetic with CPython's rules (Objects/floatobject.c): floor division and modulo take the sign of the divisor.</summary>
internal static class FloatOps
{
    public static object Binary(BinaryOp op, double a, double b) => op switch
    {
        BinaryOp.Add => a + b,
        BinaryOp.Subtract => a - b,
        BinaryOp.Multiply => a * b,
        BinaryOp.TrueDivide => b == 0 ? throw PyErrors.ZeroDivisionError(PyMessages.FloatDivisionByZero) : a / b,
        BinaryOp.FloorDivide => b == 0 ? throw PyErrors.ZeroDivisionError(PyMessages.FloatFloorDivisionByZero) : DivMod(a, b).Div,
        BinaryOp.Remainder => Modulo(a, b),
        BinaryOp.Power => Power(a, b),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>float_rem.</summary>
    public static double Modulo(double a, double b)
    {
        if (b == 0) throw PyErrors.ZeroDivisionError(PyMessages.FloatModulo);
        double mod = a % b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0)) mod += b;
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }
        return mod;
    }

    /// <summary>_float_div_mod: the floor quotient and the remainder.</summary>
    public static (double Div, double Mod) DivMod(double a, double b)
    {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }
        double floorDiv;
        if (div != 0)
        {
            floorDiv = Math.Floor(div);
            if (div - floorDiv > 0.5) floorDiv += 1.0;
        }
        else
        {
            floorDiv = Math.CopySign(0.0, a / b);
        }
        return (floorDiv, mod);
    }

    /// <summary>float_pow: IEEE pow plus Python's ZeroDivisionError and OverflowError.</summary>
    public static double Power(double a, double b)
    {
        if (a == 0 && b < 0) throw PyErrors.ZeroDivisionError(PyMessages.ZeroToNegativePower);
        double r = Math.Pow(a, b);
        if (double.IsInfinity(r) && double.IsFinite(a) && double.IsFinite(b))
            throw PyErrors.OverflowError(PyMessages.MathRangeError);
        return r;
    }
}
