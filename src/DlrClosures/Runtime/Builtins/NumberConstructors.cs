using System.Globalization;
using System.Numerics;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Builtins;

/// <summary>The constructors of int, bool, float and str (long_new, bool_new, float_new, unicode_new).</summary>
internal static class NumberConstructors
{
    public static object Int(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("int", kw, "base");
        int n = PyArgs.Positional(args, kw);
        if (n > 2) throw PyErrors.TypeError(PyMessages.TakesPositionalArguments("int", 2, n));
        object? baseArg = n > 1 ? args[1] : PyArgs.Keyword(args, kw, "base");
        if (n == 0) return baseArg is null ? PyInt.Box(0) : throw PyErrors.TypeError("int() missing string argument");
        var x = args[0];
        if (baseArg is not null)
        {
            if (x is not string text) throw PyErrors.TypeError(PyMessages.IntNonStringWithBase);
            var radix = PyArgs.BigIndex(baseArg);
            if (!radix.IsZero && (radix < 2 || radix > 36)) throw PyErrors.ValueError(PyMessages.IntBaseOutOfRange);
            return ParseInt(text, (int)radix);
        }
        switch (x)
        {
            case long or BigInteger: return x;
            case bool b: return PyInt.Box(b ? 1 : 0);
            case double d: return IntOps.FromDouble(d);
            case string s: return ParseInt(s, 10);
            case PyInstance instance when instance.TryInvokeSpecial("__int__", [], out var r): return r;
            case PyInstance instance when instance.TryInvokeSpecial("__index__", [], out var r): return r;
            // A .NET decimal truncates toward zero, as int() of a Python Decimal does; an enum is its value.
            case decimal m: return PyInt.FromBigInteger(new BigInteger(decimal.Truncate(m)));
            case Enum e: return PyConversions.FromClr(Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture));
        }
        throw PyErrors.TypeError(PyMessages.IntArgumentType(PyTypes.TypeName(x)));
    }

    /// <summary>PyLong_FromString: optional sign, base prefix when radix is 0 or matches, underscores between digits.</summary>
    public static object ParseInt(string text, int radix)
    {
        string s = AsciiDigits(text).Trim();
        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-') negative = s[i++] == '-';
        int effective = radix;
        if (s.Length - i >= 2 && s[i] == '0' && char.ToLowerInvariant(s[i + 1]) is 'x' or 'o' or 'b')
        {
            int prefixRadix = char.ToLowerInvariant(s[i + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            if (radix == 0 || radix == prefixRadix)
            {
                effective = prefixRadix;
                i += 2;
                if (i < s.Length && s[i] == '_') i++;
            }
        }
        if (effective == 0) effective = 10;
        // The digits without underscores, then the value: the scan is linear, the conversion below
        // quadratic (IntDigits), and a decimal string past the limit is refused before it.
        var digits = new char[s.Length - i];
        int count = 0;
        bool lastUnderscore = false;
        bool leadingZeroOnly = true;
        bool invalid = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore || count == 0) { invalid = true; break; }
                lastUnderscore = true;
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= effective) { invalid = true; break; }
            if (d != 0) leadingZeroOnly = false;
            digits[count++] = c;
            lastUnderscore = false;
        }
        if (count == 0 || lastUnderscore) invalid = true;
        // As long_from_non_binary_base, the length is checked on the digits scanned before any
        // invalid character is reported.
        int limit = IntDigits.MaxStrDigits;
        if (limit > 0 && count > limit && (effective & (effective - 1)) != 0)
            throw PyErrors.ValueError(PyMessages.IntFromStrTooLong(limit, count));
        if (invalid) return Invalid(text, radix);
        // Base 0 forbids leading zeros in a non-zero decimal literal, as the tokenizer does.
        if (radix == 0 && effective == 10 && s.TrimStart('+', '-').StartsWith('0') && !leadingZeroOnly)
            return Invalid(text, radix);
        var value = IntDigits.Parse(digits.AsSpan(0, count), effective);
        return PyInt.FromBigInteger(negative ? -value : value);
    }

    /// <summary>
    /// int() and float() accept any Unicode decimal digit (_PyUnicode_TransformDecimalAndSpaceToASCII);
    /// the common all-ASCII text is returned as is.
    /// </summary>
    internal static string AsciiDigits(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text;
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            int digit = CharUnicodeInfo.GetDecimalDigitValue(chars[i]);
            if (chars[i] > 127 && digit >= 0 && CharUnicodeInfo.GetUnicodeCategory(chars[i]) == UnicodeCategory.DecimalDigitNumber)
                chars[i] = (char)('0' + digit);
        }
        return new string(chars);
    }

    private static object Invalid(string text, int radix) =>
        throw PyErrors.ValueError(PyMessages.InvalidIntLiteral(radix, PyRepr.Repr(text)));

    public static object Float(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("float", kw);
        if (args.Length > 1) throw PyErrors.TypeError(PyMessages.ExpectedAtMost("float", 1, args.Length));
        if (args.Length == 0) return 0.0;
        var x = args[0];
        switch (x)
        {
            case double: return x;
            case string s: return ParseFloat(s);
            case PyInstance instance when instance.TryInvokeSpecial("__float__", [], out var r):
                return r is double ? r : throw PyErrors.TypeError($"{instance.Type.Name}.__float__ returned non-float (type {PyTypes.TypeName(r)})");
            // A .NET decimal or enum (what IronPython's float() of a Decimal gives).
            case decimal or Enum: return Convert.ToDouble(x, CultureInfo.InvariantCulture);
        }
        if (PyArithmetic.TryToDouble(x, out double d)) return d;
        throw PyErrors.TypeError(PyMessages.FloatArgumentType(PyTypes.TypeName(x)));
    }

    /// <summary>float(str): decimal literals with optional underscores, and inf/infinity/nan in any case.</summary>
    public static double ParseFloat(string text)
    {
        string s = AsciiDigits(text).Trim();
        string body = s.TrimStart('+', '-');
        bool negative = s.StartsWith('-');
        if (s.Length - body.Length <= 1)
        {
            switch (body.ToLowerInvariant())
            {
                case "inf" or "infinity": return negative ? double.NegativeInfinity : double.PositiveInfinity;
                case "nan": return double.NaN;
            }
        }
        bool valid = body.Length > 0 && body.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-' or '_')
            && char.IsAsciiDigit(body.Replace(".", "").FirstOrDefault('x'))
            && !body.Contains("__") && !body.StartsWith('_') && !body.EndsWith('_');
        if (valid && double.TryParse(s.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) return d;
        throw PyErrors.ValueError(PyMessages.CouldNotConvertToFloat(PyRepr.Repr(text)));
    }

    public static object Bool(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("bool", kw);
        if (args.Length > 1) throw PyErrors.TypeError(PyMessages.BoolExpectedAtMostOne(args.Length));
        return PyBool.Box(args.Length == 1 && PyComparison.IsTrue(args[0]));
    }

    public static object Str(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("str", kw, "object", "encoding", "errors");
        int n = PyArgs.Positional(args, kw);
        object? value = n > 0 ? args[0] : PyArgs.Keyword(args, kw, "object");
        if (n > 1 && args[1] is not string)
            throw PyErrors.TypeError($"str() argument 'encoding' must be str, not {PyTypes.TypeName(args[1])}");
        if (n > 1) throw PyErrors.TypeError("decoding str is not supported");
        return value is null ? "" : PyRepr.Str(value);
    }
}
