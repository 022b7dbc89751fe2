using System.Numerics;
using System.Text;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// <c>str % args</c> (PyUnicode_Format in Objects/unicodeobject.c): <c>%[(key)][flags][width][.precision]type</c>
/// with types d i u o x X e E f F g G c r s a and %%.
/// </summary>
internal static class PercentFormatting
{
    public static string Format(string format, object args)
    {
        object[] items = args is PyTuple tuple ? tuple.Items : [args];
        var mapping = args as PyDict;
        int next = 0;
        var text = new StringBuilder();
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i++];
            if (c != '%') { text.Append(c); continue; }
            if (i >= format.Length) throw PyErrors.ValueError("incomplete format");
            object? value = null;
            if (format[i] == '(')
            {
                if (mapping is null) throw PyErrors.TypeError(PyMessages.FormatRequiresMapping);
                int close = format.IndexOf(')', i);
                if (close < 0) throw PyErrors.ValueError("incomplete format key");
                value = mapping[format[(i + 1)..close]];
                i = close + 1;
            }
            string flags = "";
            while (i < format.Length && format[i] is '-' or '+' or ' ' or '#' or '0') flags += format[i++];
            long width = ReadNumber(format, ref i, items, ref next, "width");
            if (width < -1 || (width == -1 && i > 0 && format[i - 1] == '*'))
            {
                // A negative '*' width left-aligns (PyUnicode_Format: "F_LJUST").
                flags += "-";
                width = -width;
            }
            long precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Math.Max(0, ReadNumber(format, ref i, items, ref next, "precision"));
            }
            // A width this large cannot be allocated; a precision past a C int is refused (formatfloat).
            if (width > int.MaxValue) throw new PyException(PyExceptionType.MemoryError, "");
            if (precision > int.MaxValue) throw PyErrors.ValueError("precision too big");
            if (i >= format.Length) throw PyErrors.ValueError("incomplete format");
            char type = format[i++];
            if (type == '%') { text.Append('%'); continue; }
            if (value is null)
            {
                if (mapping is not null) value = mapping;
                else if (next < items.Length) value = items[next++];
                else throw PyErrors.TypeError(PyMessages.NotEnoughFormatArguments);
            }
            text.Append(Convert(value, type, flags, (int)width, (int)precision, i - 1));
        }
        // PyUnicode_Format's writer hands back the format itself when nothing was substituted.
        if (text.Length == format.Length && format.IndexOf('%') < 0) return FinishUnchanged(format, args, next, items.Length);
        // PyUnicode_Format: any non-tuple with __getitem__ counts as a mapping and is never "unconverted".
        bool mappingLike = args is PyDict or PyList or PyRange or Classes.PyInstance;
        if (!mappingLike && next < items.Length) throw PyErrors.TypeError(PyMessages.NotAllArgumentsConverted);
        return text.ToString();
    }

    private static string FinishUnchanged(string format, object args, int next, int count)
    {
        bool mappingLike = args is PyDict or PyList or PyRange or Classes.PyInstance;
        if (!mappingLike && next < count) throw PyErrors.TypeError(PyMessages.NotAllArgumentsConverted);
        return format;
    }

    // The width or precision: digits, or '*' taking the next argument (PyUnicode_Format's parse of them).
    private static long ReadNumber(string format, ref int i, object[] items, ref int next, string what)
    {
        if (i < format.Length && format[i] == '*')
        {
            i++;
            if (next >= items.Length) throw PyErrors.TypeError(PyMessages.NotEnoughFormatArguments);
            var item = items[next++];
            if (item is System.Numerics.BigInteger) throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
            return PyInt.TryGetLong(item, out long w) ? w : throw PyErrors.TypeError("* wants int");
        }
        int start = i;
        while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
        if (i == start) return -1;
        return long.TryParse(format.AsSpan(start, i - start), out long n) ? n
            : throw PyErrors.ValueError($"{what} too big");
    }

    // formatchar in Objects/unicodeobject.c.
    private static string PercentChar(System.Numerics.BigInteger code) =>
        code.Sign >= 0 && code <= 0x10ffff ? CodePoints.FromCodePoint((int)code)
            : throw PyErrors.OverflowError(PyMessages.PercentCRange);

    private static string Convert(object value, char type, string flags, int width, int precision, int index)
    {
        string body;
        switch (type)
        {
            case 's': body = PyRepr.Str(value); if (precision >= 0 && precision < body.Length) body = body[..precision]; break;
            case 'r': body = PyRepr.Repr(value); if (precision >= 0 && precision < body.Length) body = body[..precision]; break;
            case 'a': body = PyRepr.Ascii(value); break;
            case 'c':
                body = value is string { Length: 1 } ch ? ch
                    : PyInt.TryGetBig(value, out var code) ? PercentChar(code)
                    : throw PyErrors.TypeError("%c requires int or char");
                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                body = FormatInteger(value, type, flags, precision);
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                if (!PyArithmetic.TryToDouble(value, out double d))
                    throw PyErrors.TypeError(PyMessages.PercentRequiresReal(type, PyTypes.TypeName(value)));
                string spec = (flags.Contains('#') ? "#" : "") + "." + (precision < 0 ? 6 : precision) + type;
                body = PyFormatting.Format(d, spec);
                if (!body.StartsWith('-'))
                    body = (flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "") + body;
                break;
            default:
                throw PyErrors.ValueError(PyMessages.UnsupportedFormatCharacter(type, index));
        }
        if (width <= body.Length) return body;
        if (flags.Contains('-')) return body.PadRight(width);
        if (flags.Contains('0') && type is not ('s' or 'r' or 'a' or 'c'))
        {
            int signLength = body.Length > 0 && body[0] is '-' or '+' or ' ' ? 1 : 0;
            if (body.Length > signLength + 1 && body[signLength] == '0' && body[signLength + 1] is 'x' or 'X' or 'o')
                signLength += 2;
            return body[..signLength] + new string('0', width - body.Length) + body[signLength..];
        }
        return body.PadLeft(width);
    }

    private static string FormatInteger(object value, char type, string flags, int precision)
    {
        BigInteger v;
        if (PyInt.TryGetBig(value, out var big)) v = big;
        else if (value is double d && type is 'd' or 'i' or 'u')
            v = new BigInteger(Math.Truncate(double.IsFinite(d) ? d : throw PyErrors.OverflowError(PyMessages.CannotConvertInfinity)));
        else if (type is 'd' or 'i' or 'u') throw PyErrors.TypeError(PyMessages.PercentRequiresReal(type, PyTypes.TypeName(value)));
        else throw PyErrors.TypeError(PyMessages.PercentRequiresInteger(type, PyTypes.TypeName(value)));
        var abs = BigInteger.Abs(v);
        string digits = type switch
        {
            'o' => PyFormatting.ToBase(abs, 8),
            'x' => PyFormatting.ToBase(abs, 16),
            'X' => PyFormatting.ToBase(abs, 16).ToUpperInvariant(),
            _ => IntDigits.ToDecimal(abs),
        };
        if (precision > digits.Length) digits = digits.PadLeft(precision, '0');
        if (flags.Contains('#')) digits = type switch { 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => "" } + digits;
        string sign = v.Sign < 0 ? "-" : flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "";
        return sign + digits;
    }
}
