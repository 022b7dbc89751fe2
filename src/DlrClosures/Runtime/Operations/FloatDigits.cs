using System.Globalization;
using System.Numerics;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Decimal digits of a finite, non-negative double: the shortest round-tripping digits (what repr
/// uses, Python/dtoa.c mode 0) and correctly rounded digits for a given precision (modes 2 and 3,
/// which format() and %-formatting use). Rounding is half-even on the exact binary value, as dtoa does.
/// </summary>
internal static class FloatDigits
{
    /// <summary>Shortest digits <c>d1d2...</c> (no leading or trailing zeros) and decpt with value = 0.d1d2... * 10**decpt.</summary>
    public static (string Digits, int DecPt) Shortest(double value)
    {
        if (value == 0) return ("0", 1);
        // .NET Core 3.0+ "R" is the shortest round-trip string, like dtoa mode 0.
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        int point = r.IndexOf('.');
        string digits = point < 0 ? r : r.Remove(point, 1);
        int decpt = (point < 0 ? r.Length : point) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..];
        decpt -= lead;
        digits = digits.TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, decpt);
    }

    /// <summary>
    /// round(value * 10**precision) half-even, as a digit string, with decpt = len - precision.
    /// Precision may be negative (rounding to tens, hundreds, ...).
    /// </summary>
    public static (string Digits, int DecPt) Fixed(double value, int precision)
    {
        // A double is a multiple of 2**-1074, so 1074 decimals are exact; further digits are zeros,
        // appended rather than computed through ever larger BigIntegers.
        const int ExactDecimals = 1074;
        if (precision > ExactDecimals)
        {
            var (exact, _) = Fixed(value, ExactDecimals);
            string padded = exact == "0" ? exact : exact + new string('0', precision - ExactDecimals);
            return (padded, padded.Length - precision);
        }
        var (mantissa, exponent) = Decompose(value);
        BigInteger num = mantissa, den = BigInteger.One;
        if (exponent > 0) num <<= exponent; else den <<= -exponent;
        if (precision > 0) num *= BigInteger.Pow(10, precision); else den *= BigInteger.Pow(10, -precision);
        var q = BigInteger.DivRem(num, den, out var rem);
        int cmp = (rem * 2).CompareTo(den);
        if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        string digits = q.ToString(CultureInfo.InvariantCulture);
        return (digits, digits.Length - precision);
    }

    /// <summary><paramref name="significant"/> correctly rounded significant digits (trailing zeros kept).</summary>
    public static (string Digits, int DecPt) Significant(double value, int significant)
    {
        if (value == 0) return (new string('0', significant), 1);
        int k = (int)Math.Floor(Math.Log10(value));
        while (true)
        {
            var (digits, decpt) = Fixed(value, significant - 1 - k);
            if (digits.Length == significant) return (digits, decpt);
            // The estimate of the decimal exponent was off by one (or rounding carried into a new digit).
            k += digits.Length > significant ? 1 : -1;
        }
    }

    private static (BigInteger Mantissa, int Exponent) Decompose(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        return rawExp == 0 ? (frac, -1074) : (frac | (1L << 52), rawExp - 1075);
    }
}
