using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// A parsed format spec: <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>
/// (parse_internal_render_format_spec in Python/formatter_unicode.c). Type '\0' means none given.
/// </summary>
internal readonly record struct FormatSpec(
    char Fill, char Align, char Sign, bool Alternate, int Width, char Grouping, int Precision, char Type, bool HasFillOrAlign)
{
    public static FormatSpec Parse(string spec, char defaultAlign, string typeName)
    {
        char fill = ' ', align = defaultAlign, sign = '-', grouping = '\0', type = '\0';
        bool alternate = false, fillOrAlign = false;
        int width = -1, precision = -1, i = 0;
        if (spec.Length >= 2 && IsAlign(spec[1]))
        {
            fill = spec[0];
            align = spec[1];
            i = 2;
            fillOrAlign = true;
        }
        else if (spec.Length >= 1 && IsAlign(spec[0]))
        {
            align = spec[0];
            i = 1;
            fillOrAlign = true;
        }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') sign = spec[i++];
        if (i < spec.Length && spec[i] == 'z') i++;
        if (i < spec.Length && spec[i] == '#')
        {
            alternate = true;
            i++;
        }
        if (i < spec.Length && spec[i] == '0' && !fillOrAlign)
        {
            fill = '0';
            align = '=';
            fillOrAlign = true;
        }
        int start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
        if (i > start) width = ParseCount(spec.AsSpan(start, i - start), isPrecision: false);
        if (i < spec.Length && spec[i] is ',' or '_')
        {
            grouping = spec[i++];
            if (i < spec.Length && spec[i] is ',' or '_') throw PyErrors.ValueError(PyMessages.CannotSpecifyBoth);
        }
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            start = i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
            if (i == start) throw PyErrors.ValueError("Format specifier missing precision");
            precision = ParseCount(spec.AsSpan(start, i - start), isPrecision: true);
        }
        if (spec.Length - i > 1)
            throw PyErrors.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (i < spec.Length) type = spec[i];
        if (grouping != '\0')
        {
            bool ok = type switch
            {
                '\0' or 'd' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' => true,
                'b' or 'o' or 'x' or 'X' => grouping == '_',
                _ => false,
            };
            if (!ok)
            {
                if (type is 'n' or 'c' or 's' or 'b' or 'o' or 'x' or 'X' && grouping == ',')
                    throw PyErrors.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
                throw PyErrors.ValueError($"Cannot specify '{grouping}' with '{type}'.");
            }
        }
        return new FormatSpec(fill, align, sign, alternate, width, grouping, precision, type, fillOrAlign);
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    /// <summary>Pads sign + prefix + body to the width, with '=' putting the fill between sign/prefix and body.</summary>
    public string Pad(string sign, string prefix, string body)
    {
        int length = sign.Length + prefix.Length + body.Length;
        int pad = Math.Max(0, Width - length);
        if (pad == 0) return sign + prefix + body;
        return Align switch
        {
            '<' => sign + prefix + body + new string(Fill, pad),
            '=' => sign + prefix + new string(Fill, pad) + body,
            '^' => new string(Fill, pad / 2) + sign + prefix + body + new string(Fill, pad - pad / 2),
            _ => new string(Fill, pad) + sign + prefix + body,
        };
    }

    // get_integer in Objects/stringlib/unicode_format.h refuses more than a Py_ssize_t; a width
    // beyond what can be allocated is a MemoryError, a precision past a C int "precision too big".
    private static int ParseCount(ReadOnlySpan<char> digits, bool isPrecision)
    {
        if (!long.TryParse(digits, out long n)) throw PyErrors.ValueError("Too many decimal digits in format string");
        if (n <= int.MaxValue) return (int)n;
        throw isPrecision ? PyErrors.ValueError("precision too big") : new PyException(PyExceptionType.MemoryError, "");
    }
}
