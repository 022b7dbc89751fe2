using System.Numerics;
using System.Text;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary><c>format(value, spec)</c>, as f-string fields use it: the format-spec mini-language for int, float and str.</summary>
/// <remarks>Python/formatter_unicode.c: format_string_internal, format_long_internal and format_float_internal.</remarks>
internal static class PyFormatting
{
    public static string Format(object value, string spec)
    {
        if (value is PyInstance instance && instance.TryInvokeSpecial("__format__", [spec], out var result))
            return result as string ?? throw PyErrors.TypeError($"__format__ must return a str, not {PyTypes.TypeName(result)}");
        if (spec.Length == 0) return PyRepr.Str(value);
        switch (value)
        {
            case string s: return FormatStr(s, spec);
            case long or bool or BigInteger:
                PyInt.TryGetBig(value, out var big);
                return FormatInt(big, spec, PyTypes.TypeName(value));
            case double d: return FormatFloat(d, FormatSpec.Parse(spec, '>', "float"), "float");
        }
        throw PyErrors.TypeError($"unsupported format string passed to {PyTypes.TypeName(value)}.__format__");
    }

    private static string FormatStr(string s, string specText)
    {
        var spec = FormatSpec.Parse(specText, '<', "str");
        if (spec.Type is not ('\0' or 's')) throw PyErrors.ValueError(PyMessages.UnknownFormatCode(spec.Type, "str"));
        if (spec.Sign != '-') throw PyErrors.ValueError(PyMessages.SignNotAllowedInString);
        if (spec.Alternate) throw PyErrors.ValueError(PyMessages.AlternateNotAllowedInString);
        if (spec.Align == '=') throw PyErrors.ValueError(PyMessages.EqualsAlignmentNotAllowedInString);
        if (spec.Precision >= 0 && spec.Precision < s.Length) s = s[..spec.Precision];
        return spec.Pad("", "", s);
    }

    private static string FormatInt(BigInteger value, string specText, string typeName)
    {
        var spec = FormatSpec.Parse(specText, '>', typeName);
        switch (spec.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(IntOps.ToDouble(value), spec, typeName);
            case '\0' or 'd' or 'n' or 'b' or 'o' or 'x' or 'X' or 'c':
                break;
            default:
                throw PyErrors.ValueError(PyMessages.UnknownFormatCode(spec.Type, typeName));
        }
        if (spec.Precision >= 0) throw PyErrors.ValueError(PyMessages.PrecisionNotAllowedInInt);
        if (spec.Type == 'c')
        {
            if (value < 0 || value > 0x10ffff) throw PyErrors.OverflowError(PyMessages.FormatCRangeError);
            return spec.Pad("", "", CodePoints.FromCodePoint((int)value));
        }
        var abs = BigInteger.Abs(value);
        string digits = spec.Type switch
        {
            'b' => ToBase(abs, 2),
            'o' => ToBase(abs, 8),
            'x' => ToBase(abs, 16),
            'X' => ToBase(abs, 16).ToUpperInvariant(),
            _ => IntDigits.ToDecimal(abs),
        };
        string prefix = spec.Alternate ? spec.Type switch { 'b' => "0b", 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => "" } : "";
        string sign = SignOf(value.Sign < 0, spec.Sign);
        int groupSize = spec.Type is 'b' or 'o' or 'x' or 'X' ? 4 : 3;
        digits = Group(digits, spec, groupSize, sign.Length + prefix.Length);
        return spec.Pad(sign, prefix, digits);
    }

    internal static string FormatFloat(double value, FormatSpec spec, string typeName)
    {
        char type = spec.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
            throw PyErrors.ValueError(PyMessages.UnknownFormatCode(type, typeName));
        bool negative = double.IsNegative(value) && !double.IsNaN(value);
        double abs = Math.Abs(value);
        string sign = SignOf(negative, spec.Sign);
        bool upper = type is 'E' or 'F' or 'G';
        if (!double.IsFinite(abs))
        {
            string word = double.IsNaN(abs) ? "nan" : "inf";
            if (upper) word = word.ToUpperInvariant();
            if (type == '%') word += "%";
            // Zero padding makes no sense for inf/nan: CPython pads with spaces instead... but keeps '='.
            return spec.Pad(sign, "", word);
        }
        string body;
        string suffix = "";
        int precision = spec.Precision;
        switch (type)
        {
            case '\0' when precision < 0:
                body = FloatRepr.Repr(abs);
                break;
            case 'f' or 'F':
                body = Fixed(abs, precision < 0 ? 6 : precision, spec.Alternate);
                break;
            case '%':
                body = Fixed(abs * 100, precision < 0 ? 6 : precision, spec.Alternate);
                suffix = "%";
                break;
            case 'e' or 'E':
                body = Exponent(abs, precision < 0 ? 6 : precision, spec.Alternate, upper);
                break;
            default:
                body = General(abs, precision < 0 ? 6 : Math.Max(precision, 1), spec.Alternate, upper, addDotZero: type == '\0');
                break;
        }
        int point = body.IndexOfAny(['.', 'e', 'E']);
        string intPart = point < 0 ? body : body[..point];
        string rest = (point < 0 ? "" : body[point..]) + suffix;
        intPart = Group(intPart, spec with { Width = spec.Width - rest.Length }, 3, sign.Length);
        return spec.Pad(sign, "", intPart + rest);
    }

    private static string Fixed(double abs, int precision, bool alternate)
    {
        var (digits, _) = FloatDigits.Fixed(abs, precision);
        digits = digits.PadLeft(precision + 1, '0');
        string intPart = digits[..^precision];
        if (precision == 0) return alternate ? intPart + "." : intPart;
        return intPart + "." + digits[^precision..];
    }

    private static string Exponent(double abs, int precision, bool alternate, bool upper)
    {
        var (digits, decpt) = FloatDigits.Significant(abs, precision + 1);
        var text = new StringBuilder().Append(digits[0]);
        if (precision > 0 || alternate) text.Append('.').Append(digits, 1, digits.Length - 1);
        FloatRepr.AppendExponentSuffix(text, abs == 0 ? 0 : decpt - 1, upper);
        return text.ToString();
    }

    /// <summary>'g': exponent notation when the exponent is below -4 or at least the precision; trailing zeros dropped unless '#'.</summary>
    private static string General(double abs, int precision, bool alternate, bool upper, bool addDotZero)
    {
        var (digits, decpt) = FloatDigits.Significant(abs, precision);
        int exponent = abs == 0 ? 0 : decpt - 1;
        if (!alternate) digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var text = new StringBuilder();
        if (exponent < -4 || exponent >= precision)
        {
            text.Append(digits[0]);
            if (digits.Length > 1) text.Append('.').Append(digits, 1, digits.Length - 1);
            else if (alternate) text.Append('.');
            FloatRepr.AppendExponentSuffix(text, exponent, upper);
            return text.ToString();
        }
        int point = abs == 0 ? 1 : decpt;
        FloatRepr.AppendFixed(text, digits, point, addDotZero);
        if (alternate && !text.ToString().Contains('.')) text.Append('.');
        return text.ToString();
    }

    private static string SignOf(bool negative, char signOption) =>
        negative ? "-" : signOption switch { '+' => "+", ' ' => " ", _ => "" };

    /// <summary>Inserts the thousands separator; with zero padding the zeros are grouped too (format(1234, '09,') is '0,001,234').</summary>
    private static string Group(string digits, FormatSpec spec, int size, int reserved)
    {
        if (spec.Grouping == '\0')
        {
            return digits;
        }
        string grouped = InsertSeparators(digits, spec.Grouping, size);
        if (spec.Fill == '0' && spec.Align == '=')
        {
            while (grouped.Length + reserved < spec.Width)
            {
                digits = "0" + digits;
                grouped = InsertSeparators(digits, spec.Grouping, size);
            }
        }
        return grouped;
    }

    private static string InsertSeparators(string digits, char separator, int size)
    {
        var text = new StringBuilder(digits.Length + digits.Length / size);
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % size == 0) text.Append(separator);
            text.Append(digits[i]);
        }
        return text.ToString();
    }

    /// <summary>The digits of a non-negative value in base 2, 8 or 16.</summary>
    internal static string ToBase(BigInteger value, int radix) => IntDigits.ToPowerOfTwoBase(value, radix);
}
