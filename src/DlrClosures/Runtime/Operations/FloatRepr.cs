using System.Text;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// repr(float): the shortest digits that round-trip, in fixed notation when the decimal exponent
/// is in [-4, 16), else exponent notation with at least two exponent digits (float_repr and
/// format_float_short in Python/pystrtod.c, mode 'r').
/// </summary>
internal static class FloatRepr
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        bool negative = double.IsNegative(value);
        var (digits, decpt) = FloatDigits.Shortest(Math.Abs(value));
        var text = new StringBuilder();
        if (negative) text.Append('-');
        if (decpt > -4 && decpt <= 16) AppendFixed(text, digits, decpt, addDotZero: true);
        else AppendExponent(text, digits, decpt, upper: false);
        return text.ToString();
    }

    /// <summary>Fixed notation of 0.digits * 10**decpt, with ".0" added to integral values when asked.</summary>
    public static void AppendFixed(StringBuilder text, string digits, int decpt, bool addDotZero)
    {
        if (decpt <= 0)
        {
            text.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            text.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero) text.Append(".0");
        }
        else
        {
            text.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
    }

    /// <summary>Exponent notation d.ddde+XX of 0.digits * 10**decpt.</summary>
    public static void AppendExponent(StringBuilder text, string digits, int decpt, bool upper)
    {
        text.Append(digits[0]);
        if (digits.Length > 1) text.Append('.').Append(digits, 1, digits.Length - 1);
        AppendExponentSuffix(text, decpt - 1, upper);
    }

    public static void AppendExponentSuffix(StringBuilder text, int exponent, bool upper)
    {
        text.Append(upper ? 'E' : 'e').Append(exponent < 0 ? '-' : '+');
        int abs = Math.Abs(exponent);
        if (abs < 10) text.Append('0');
        text.Append(abs);
    }
}
