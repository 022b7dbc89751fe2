using System.Globalization;
using System.Numerics;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Builtins;

/// <summary>round, divmod, pow, chr, ord, hex, oct, bin, hash and id (Python/bltinmodule.c).</summary>
internal static class NumericBuiltins
{
    public static object Round(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("round", kw, "number", "ndigits");
        int n = PyArgs.Positional(args, kw);
        if (n > 2) throw PyErrors.TypeError(PyMessages.TakesPositionalArguments("round", 2, n));
        var number = n > 0 ? args[0] : PyArgs.Keyword(args, kw, "number")
            ?? throw PyErrors.TypeError("round() missing required argument 'number' (pos 1)");
        var digits = n > 1 ? args[1] : PyArgs.Keyword(args, kw, "ndigits") ?? PyNone.Instance;
        switch (number)
        {
            case double d when digits is PyNone:
                return IntOps.FromDouble(Math.Round(d, MidpointRounding.ToEven));
            case double d: return RoundFloat(d, PyArgs.SliceIndex(digits));
            case long or BigInteger or bool when digits is PyNone: return PyArithmetic.Plus(number);
            case long or BigInteger or bool: return RoundInt(number, PyArgs.SliceIndex(digits));
            case PyInstance instance when instance.TryInvokeSpecial("__round__", digits is PyNone ? [] : [digits], out var r):
                return r;
        }
        throw PyErrors.TypeError(PyMessages.NoRoundMethod(PyTypes.TypeName(number)));
    }

    /// <summary>float.__round__ with ndigits: correctly rounded, half to even on the exact binary value (double_round).</summary>
    private static double RoundFloat(double d, long ndigits)
    {
        if (!double.IsFinite(d) || ndigits > 323) return d;
        if (ndigits < -308) return Math.CopySign(0.0, d);
        var (digits, decpt) = FloatDigits.Fixed(Math.Abs(d), (int)ndigits);
        double result = double.Parse($"{digits}e{decpt - digits.Length}", CultureInfo.InvariantCulture);
        return Math.CopySign(result, d);
    }

    /// <summary>int.__round__ with negative ndigits: to a multiple of 10**-ndigits, ties to even.</summary>
    private static object RoundInt(object number, long ndigits)
    {
        PyInt.TryGetBig(number, out var value);
        if (ndigits >= 0) return PyInt.FromBigInteger(value);
        var pow = BigInteger.Pow(10, (int)Math.Min(-ndigits, 10000));
        var q = IntOps.FloorDivide(value, pow, PyMessages.IntDivisionByZero);
        var r = value - q * pow;
        int cmp = (r * 2).CompareTo(pow);
        if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        return PyInt.FromBigInteger(q * pow);
    }

    public static object DivMod(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("divmod", kw);
        PyArgs.Range("divmod", args, kw, 2, 2);
        object a = args[0], b = args[1];
        if (PyInt.TryGetBig(a, out var x) && PyInt.TryGetBig(b, out var y))
        {
            var q = IntOps.FloorDivide(x, y, PyMessages.IntDivisionByZero);
            return new PyTuple([PyInt.FromBigInteger(q), PyInt.FromBigInteger(x - q * y)]);
        }
        if (PyArithmetic.TryGetFloatOperands(a, b, out double fa, out double fb))
        {
            if (fb == 0) throw PyErrors.ZeroDivisionError(PyMessages.FloatDivmod);
            var (div, mod) = FloatOps.DivMod(fa, fb);
            return new PyTuple([div, mod]);
        }
        if (a is PyInstance instance && instance.TryInvokeSpecial("__divmod__", [b], out var result) && result is not PyNotImplemented) return result;
        if (b is PyInstance right && right.TryInvokeSpecial("__rdivmod__", [a], out result) && result is not PyNotImplemented) return result;
        throw PyErrors.TypeError(PyMessages.UnsupportedOperands("divmod()", PyTypes.TypeName(a), PyTypes.TypeName(b)));
    }

    public static object Pow(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("pow", kw, "base", "exp", "mod");
        PyArgs.Range("pow", args, kw, 2, 3);
        if (args.Length == 2 || args[2] is PyNone) return PyArithmetic.Power(args[0], args[1]);
        if (PyInt.TryGetBig(args[0], out var a) && PyInt.TryGetBig(args[1], out var b) && PyInt.TryGetBig(args[2], out var m))
            return IntOps.PowerModulo(a, b, m);
        if (PyComparison.IsNumber(args[0]) && PyComparison.IsNumber(args[1]) && PyComparison.IsNumber(args[2]))
            throw PyErrors.TypeError(PyMessages.Pow3NotAllInts);
        throw PyErrors.TypeError(PyMessages.UnsupportedPow3(PyTypes.TypeName(args[0]), PyTypes.TypeName(args[1]), PyTypes.TypeName(args[2])));
    }

    public static object Chr(object value)
    {
        long code = PyArgs.Index(value);
        if (code < 0 || code > 0x10ffff) throw PyErrors.ValueError(PyMessages.ChrOutOfRange);
        return CodePoints.FromCodePoint((int)code);
    }

    public static object Ord(object value)
    {
        if (value is not string s) throw PyErrors.TypeError(PyMessages.OrdExpectedString(PyTypes.TypeName(value)));
        if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1])) return PyInt.Box(char.ConvertToUtf32(s[0], s[1]));
        if (s.Length != 1) throw PyErrors.TypeError(PyMessages.OrdExpectedCharacter(s.Length));
        return PyInt.Box(s[0]);
    }

    /// <summary>hex, oct and bin: sign, prefix, digits.</summary>
    public static object Radix(object value, int radix, string prefix)
    {
        if (!PyInt.TryGetBig(value, out var v))
        {
            if (value is PyInstance instance && instance.TryInvokeSpecial("__index__", [], out var index) && PyInt.TryGetBig(index, out v)) { }
            else throw PyErrors.TypeError(PyMessages.CannotInterpretAsInteger(PyTypes.TypeName(value)));
        }
        return (v.Sign < 0 ? "-" : "") + prefix + PyFormatting.ToBase(BigInteger.Abs(v), radix);
    }
}
