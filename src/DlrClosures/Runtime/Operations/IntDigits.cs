using System.Globalization;
using System.Numerics;
using System.Text;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Conversions between ints and digit strings, in time below quadratic, and CPython 3.11's limit on
/// decimal (non-power-of-two) conversions (<c>sys.set_int_max_str_digits</c>, CVE-2020-10735).
/// </summary>
/// <remarks>
/// 1. Power-of-two bases (2, 8, 16, 32) map digits to bits directly: linear both ways, no limit.
/// 2. Other bases divide and conquer: a digit string is its upper half times base^(length of the
///    lower half) plus its lower half, the powers being base^(C·2^k) made by squaring; an int is
///    split by DivRem with 10^(C·2^k) and the halves written with the lower one zero-padded. Both
///    cost a few multiplications or divisions of the full size instead of one small step per digit.
/// 3. The limit is the runtime's (<see cref="PyRuntimeContext.IntMaxStrDigits"/>), checked before
///    any conversion work: the digit count of a string, the bit length of an int.
/// </remarks>
internal static class IntDigits
{
    /// <summary>CPython's default <c>sys.get_int_max_str_digits()</c>.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>The smallest non-zero limit <c>sys.set_int_max_str_digits</c> accepts (_PY_LONG_MAX_STR_DIGITS_THRESHOLD).</summary>
    public const int MinMaxStrDigits = 640;

    // Chunks of at most this many digits are converted directly (quadratic, but small).
    private const int Chunk = 512;

    /// <summary>The limit in force: the current runtime's, or CPython's default outside any; 0 means none.</summary>
    public static int MaxStrDigits => PyContext.Current?.IntMaxStrDigits ?? DefaultMaxStrDigits;

    /// <summary>
    /// The value of <paramref name="digits"/> (digit characters only, valid for <paramref name="radix"/>),
    /// after checking the limit for a base that is not a power of two.
    /// </summary>
    public static BigInteger Parse(ReadOnlySpan<char> digits, int radix)
    {
        if ((radix & (radix - 1)) == 0) return ParsePowerOfTwo(digits, BitOperations.Log2((uint)radix));
        int limit = MaxStrDigits;
        if (limit > 0 && digits.Length > limit) throw PyErrors.ValueError(PyMessages.IntFromStrTooLong(limit, digits.Length));
        return ParseDivideAndConquer(digits, radix, []);
    }

    /// <summary>The decimal digits of <paramref name="value"/> (with a leading '-' when negative), after checking the limit.</summary>
    public static string ToDecimal(BigInteger value)
    {
        var abs = BigInteger.Abs(value);
        int limit = MaxStrDigits;
        // abs >= 2^(bits - 1); past 10^limit it has more than limit digits: refused before any division.
        if (limit > 0 && (abs.GetBitLength() - 1) * 0.30102999566398120 >= limit)
            throw PyErrors.ValueError(PyMessages.IntToStrTooLong(limit));
        var text = new StringBuilder();
        if (value.Sign < 0) text.Append('-');
        WriteDecimal(text, abs);
        if (limit > 0 && text.Length - (value.Sign < 0 ? 1 : 0) > limit) throw PyErrors.ValueError(PyMessages.IntToStrTooLong(limit));
        return text.ToString();
    }

    /// <summary>The digits of a non-negative <paramref name="value"/> in base 2, 8 or 16 (lowercase): linear, no limit.</summary>
    public static string ToPowerOfTwoBase(BigInteger value, int radix)
    {
        if (value.IsZero) return "0";
        int bitsPerDigit = BitOperations.Log2((uint)radix);
        byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: false);
        long bits = value.GetBitLength();
        int count = (int)((bits + bitsPerDigit - 1) / bitsPerDigit);
        return string.Create(count, (bytes, bitsPerDigit), static (chars, state) =>
        {
            var (bytes, width) = state;
            for (int i = 0; i < chars.Length; i++)
            {
                long bit = (long)(chars.Length - 1 - i) * width;
                int at = (int)(bit >> 3), shift = (int)(bit & 7);
                int word = bytes[at] | (at + 1 < bytes.Length ? bytes[at + 1] << 8 : 0);
                int digit = (word >> shift) & ((1 << width) - 1);
                chars[i] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
            }
        });
    }

    private static BigInteger ParsePowerOfTwo(ReadOnlySpan<char> digits, int bitsPerDigit)
    {
        var bytes = new byte[((long)digits.Length * bitsPerDigit + 7) / 8 + 1];
        long bit = 0;
        for (int i = digits.Length - 1; i >= 0; i--, bit += bitsPerDigit)
        {
            int value = DigitValue(digits[i]) << (int)(bit & 7);
            int at = (int)(bit >> 3);
            bytes[at] |= (byte)value;
            if ((value >> 8) != 0) bytes[at + 1] |= (byte)(value >> 8);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    // powers[k] = radix^(Chunk * 2^k), made by squaring as the split needs them.
    private static BigInteger ParseDivideAndConquer(ReadOnlySpan<char> digits, int radix, List<BigInteger> powers)
    {
        if (digits.Length <= Chunk) return ParseSmall(digits, radix);
        int level = 0;
        while ((long)Chunk << (level + 1) < digits.Length) level++;
        int low = Chunk << level;
        var high = ParseDivideAndConquer(digits[..^low], radix, powers);
        var lower = ParseDivideAndConquer(digits[^low..], radix, powers);
        return high * Power(powers, radix, level) + lower;
    }

    private static BigInteger Power(List<BigInteger> powers, int radix, int level)
    {
        if (powers.Count == 0) powers.Add(BigInteger.Pow(radix, Chunk));
        while (powers.Count <= level) powers.Add(powers[^1] * powers[^1]);
        return powers[level];
    }

    // Eighteen base-10 digits (fewer for larger bases) fit a ulong: one BigInteger step per group.
    private static BigInteger ParseSmall(ReadOnlySpan<char> digits, int radix)
    {
        if (radix == 10) return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        int group = (int)(63 / Math.Log2(radix));
        BigInteger value = BigInteger.Zero;
        for (int i = 0; i < digits.Length; i += group)
        {
            int n = Math.Min(group, digits.Length - i);
            ulong chunk = 0, scale = 1;
            for (int j = 0; j < n; j++)
            {
                chunk = chunk * (ulong)radix + (ulong)DigitValue(digits[i + j]);
                scale *= (ulong)radix;
            }
            value = value * scale + chunk;
        }
        return value;
    }

    private static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static void WriteDecimal(StringBuilder text, BigInteger value)
    {
        if (value.GetBitLength() <= Chunk * 3)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture));
            return;
        }
        // powers[k] = 10^(Chunk * 2^k); the top level is the largest power not above the value.
        var powers = new List<BigInteger> { BigInteger.Pow(10, Chunk) };
        while (powers[^1] * powers[^1] <= value) powers.Add(powers[^1] * powers[^1]);
        WriteDecimal(text, value, powers, powers.Count - 1, pad: false);
    }

    // value < powers[level]^2; written with exactly Chunk * 2^(level + 1) digits when pad is set.
    private static void WriteDecimal(StringBuilder text, BigInteger value, List<BigInteger> powers, int level, bool pad)
    {
        if (level < 0)
        {
            string digits = value.ToString(CultureInfo.InvariantCulture);
            if (pad) text.Append('0', Chunk - digits.Length);
            text.Append(digits);
            return;
        }
        var (high, low) = BigInteger.DivRem(value, powers[level]);
        if (!pad && high.IsZero)
        {
            WriteDecimal(text, low, powers, level - 1, pad: false);
            return;
        }
        WriteDecimal(text, high, powers, level - 1, pad);
        WriteDecimal(text, low, powers, level - 1, pad: true);
    }
}
