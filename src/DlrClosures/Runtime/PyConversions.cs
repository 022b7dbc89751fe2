using System.Numerics;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime;

/// <summary>
/// Crossing the boundary between a host and the runtime: .NET values become Python values on the
/// way in (int → Python int, null → None), and Python values become the .NET type a host asks for
/// on the way out (with CPython's OverflowError when an int does not fit).
/// </summary>
public static class PyConversions
{
    /// <summary>The Python value for a value a host passes in.</summary>
    public static object FromClr(object? value) => value switch
    {
        null => PyNone.Instance,
        bool b => PyBool.Box(b),
        int i => PyInt.Box(i),
        long l => PyInt.Box(l),
        short s => PyInt.Box(s),
        byte b => PyInt.Box(b),
        sbyte s => PyInt.Box(s),
        ushort u => PyInt.Box(u),
        uint u => PyInt.Box(u),
        ulong u => u <= long.MaxValue ? PyInt.Box((long)u) : PyInt.FromBigInteger(u),
        BigInteger big => PyInt.FromBigInteger(big),
        float f => (double)f,
        decimal d => (double)d,
        char c => c.ToString(),
        _ => value,
    };

    /// <summary>Converts a Python value to <paramref name="type"/> for a host; None becomes null for reference types.</summary>
    public static object? ToClr(object value, Type type)
    {
        if (value is PyNone && (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)) return null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(object)) return value;
        if (type.IsInstanceOfType(value) && !(value is bool && type != typeof(bool))) return value;
        if (typeof(Delegate).IsAssignableFrom(type) && value is PyCallable callable)
            return PyDelegates.Create(type, callable);
        try
        {
            switch (value)
            {
                case long l when IsInteger(type):
                    return Convert.ChangeType(l, type, System.Globalization.CultureInfo.InvariantCulture);
                case BigInteger big when IsInteger(type):
                    return type == typeof(BigInteger) ? big : Convert.ChangeType((decimal)big, type, System.Globalization.CultureInfo.InvariantCulture);
                case bool b when IsInteger(type):
                    return Convert.ChangeType(b ? 1 : 0, type, System.Globalization.CultureInfo.InvariantCulture);
                case long l when type == typeof(double) || type == typeof(float):
                    return Convert.ChangeType((double)l, type, System.Globalization.CultureInfo.InvariantCulture);
                case double d when type == typeof(float):
                    return (float)d;
                case long l when type == typeof(BigInteger):
                    return new BigInteger(l);
            }
        }
        catch (OverflowException)
        {
            throw PyErrors.OverflowError($"Python int too large to convert to {type.Name}");
        }
        throw PyErrors.TypeError($"cannot convert '{PyTypes.TypeName(value)}' object to {type.Name}");
    }

    private static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ||
        type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong) ||
        type == typeof(BigInteger) || type == typeof(decimal);
}
