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
            int width = ReadNumber(format, ref i, items, ref next);
            int precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Math.Max(0, ReadNumber(format, ref i, items, ref next));
            }
            if (i >= format.Length) throw PyErrors.ValueError("incomplete format");
            char type = format[i++];
            if (type == '%') { text.Append('%'); continue; }
            if (value is null)
            {
                if (mapping is not null) value = mapping;
                else if (next < items.Length) value = items[next++];
                else throw PyErrors.TypeError(PyMessages.NotEnoughFormatArguments);
            }
            text.Append(Convert(value, type, flags, width, precision, i - 1));
        }
        // PyUnicode_Format: any non-tuple with __getitem__ counts as a mapping and is never "unconverted".
        bool mappingLike = args is PyDict or PyList or PyRange or Classes.PyInstance;
        if (!mappingLike && next < items.Length) throw PyErrors.TypeError(PyMessages.NotAllArgumentsConverted);
        return text.ToString();
    }

    private static int ReadNumber(string format, ref int i, object[] items, ref int next)
    {
        if (i < format.Length && format[i] == '*')
        {
            i++;
            if (next >= items.Length) throw PyErrors.TypeError(PyMessages.NotEnoughFormatArguments);
            return PyInt.TryGetLong(items[next++], out long w) ? (int)w : throw PyErrors.TypeError("* wants int");
        }
        int start = i;
        while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
        return i > start ? int.Parse(format.AsSpan(start, i - start)) : -1;
    }

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
                    : PyInt.TryGetLong(value, out long code) ? char.ConvertFromUtf32((int)code)
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
            _ => abs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (precision > digits.Length) digits = digits.PadLeft(precision, '0');
        if (flags.Contains('#')) digits = type switch { 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => "" } + digits;
        string sign = v.Sign < 0 ? "-" : flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "";
        return sign + digits;
    }
}
