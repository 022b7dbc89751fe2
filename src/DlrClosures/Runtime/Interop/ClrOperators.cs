using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// Operators, comparison, hashing and text for .NET values: a type's user-defined operators
/// (<c>op_Addition</c>, <c>op_LessThan</c>, ... with C#'s implicit conversions, so
/// <c>decimal + int</c> is a decimal and <c>decimal + float</c> a TypeError), <c>|</c>, <c>&amp;</c>,
/// <c>^</c> and <c>~</c> on enums, <see cref="IComparable"/> for ordering, <c>Equals</c> and
/// <c>GetHashCode</c> for <c>==</c> and dict keys, <c>ToString()</c> for <c>str()</c>.
/// </summary>
internal static class ClrOperators
{
    private static readonly ConcurrentDictionary<(Type, string), MethodInfo[]> s_operators = new();

    private static string? OperatorName(BinaryOp op) => op switch
    {
        BinaryOp.Add => "op_Addition",
        BinaryOp.Subtract => "op_Subtraction",
        BinaryOp.Multiply => "op_Multiply",
        BinaryOp.TrueDivide => "op_Division",
        BinaryOp.Remainder => "op_Modulus",
        BinaryOp.And => "op_BitwiseAnd",
        BinaryOp.Or => "op_BitwiseOr",
        BinaryOp.Xor => "op_ExclusiveOr",
        BinaryOp.LeftShift => "op_LeftShift",
        BinaryOp.RightShift => "op_RightShift",
        _ => null,
    };

    private static string OperatorName(CompareOp op) => op switch
    {
        CompareOp.Less => "op_LessThan",
        CompareOp.LessEqual => "op_LessThanOrEqual",
        CompareOp.Greater => "op_GreaterThan",
        _ => "op_GreaterThanOrEqual",
    };

    /// <summary>A binary operator with a .NET operand; false when neither type defines it.</summary>
    public static bool TryBinary(BinaryOp op, object a, object b, out object result)
    {
        result = PyNone.Instance;
        bool left = ClrObjects.IsClr(a), right = ClrObjects.IsClr(b);
        if (!left && !right) return false;
        if (TryNormalize(ref a, ref b))
        {
            result = PyArithmetic.Binary(op, a, b);
            return true;
        }
        if (a is Enum x && b is Enum y && x.GetType() == y.GetType() && op is BinaryOp.And or BinaryOp.Or or BinaryOp.Xor)
        {
            ulong p = EnumBits(x), q = EnumBits(y);
            result = Enum.ToObject(x.GetType(), op == BinaryOp.And ? p & q : op == BinaryOp.Or ? p | q : p ^ q);
            return true;
        }
        return OperatorName(op) is { } name && TryOperator(name, a, b, left, right, out result);
    }

    // A .NET number that reached a script without crossing a conversion (an ExpandoObject's
    // member a C# host set to an int) counts as the Python number it stands for.
    private static bool TryNormalize(ref object a, ref object b)
    {
        var x = IsPrimitiveNumber(a) ? PyConversions.FromClr(a) : a;
        var y = IsPrimitiveNumber(b) ? PyConversions.FromClr(b) : b;
        if (ReferenceEquals(x, a) && ReferenceEquals(y, b)) return false;
        (a, b) = (x, y);
        return true;
    }

    private static bool IsPrimitiveNumber(object value) =>
        value is int or short or sbyte or byte or ushort or uint or ulong or float or char;

    /// <summary>Unary <c>-</c>, <c>+</c>, <c>~</c> on a .NET value (<c>~</c> of a flags enum complements its bits).</summary>
    public static bool TryUnary(string symbol, object a, out object result)
    {
        result = PyNone.Instance;
        if (!ClrObjects.IsClr(a)) return false;
        if (a is Enum e && symbol == "~")
        {
            result = Enum.ToObject(e.GetType(), ~EnumBits(e));
            return true;
        }
        string name = symbol switch { "-" => "op_UnaryNegation", "+" => "op_UnaryPlus", _ => "op_OnesComplement" };
        return ClrOverloads.TryInvokeImplicit(Operators(a.GetType(), name), [a], out result);
    }

    /// <summary><c>==</c> with a .NET operand: <c>op_Equality</c> when one applies, else <c>Equals</c>.</summary>
    public static bool Equal(object a, object b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (TryNormalize(ref a, ref b)) return PyComparison.EqualBool(a, b);
        bool left = ClrObjects.IsClr(a), right = ClrObjects.IsClr(b);
        if (TryOperator("op_Equality", a, b, left, right, out var result)) return PyComparison.IsTrue(result);
        return Guard(() => left ? a.Equals(ClrConversion.ToObject(b)) : b.Equals(ClrConversion.ToObject(a)));
    }

    /// <summary>An ordering with a .NET operand: its operator, else <see cref="IComparable"/> between values of one type.</summary>
    public static bool TryCompare(object a, object b, CompareOp op, out bool result)
    {
        result = false;
        bool left = ClrObjects.IsClr(a), right = ClrObjects.IsClr(b);
        if (!left && !right) return false;
        if (TryNormalize(ref a, ref b))
        {
            result = PyComparison.IsTrue(PyComparison.RichOrder(a, b, op));
            return true;
        }
        if (TryOperator(OperatorName(op), a, b, left, right, out var value))
        {
            result = PyComparison.IsTrue(value);
            return true;
        }
        if (a is IComparable comparable && a.GetType() == b.GetType())
        {
            int c = Guard(() => comparable.CompareTo(b));
            result = op switch
            {
                CompareOp.Less => c < 0,
                CompareOp.LessEqual => c <= 0,
                CompareOp.Greater => c > 0,
                _ => c >= 0,
            };
            return true;
        }
        return false;
    }

    /// <summary>The hash of a .NET value: its <c>GetHashCode</c>, consistent with <see cref="Equal"/>.</summary>
    public static long Hash(object value) => Guard(() => value.GetHashCode());

    /// <summary><c>str()</c>: <c>ToString()</c> (in the invariant culture for formattable values), or the repr when the type does not override it.</summary>
    public static string Str(object value)
    {
        if (value is IFormattable formattable) return Guard(() => formattable.ToString(null, CultureInfo.InvariantCulture));
        var toString = value.GetType().GetMethod(nameof(ToString), Type.EmptyTypes);
        return toString?.DeclaringType == typeof(object) ? Repr(value) : Guard(() => value.ToString() ?? "");
    }

    /// <summary><c>repr()</c>: <c>&lt;Color.Red: 1&gt;</c> for an enum member, <c>&lt;List&lt;int&gt; object at 0x...&gt;</c> otherwise.</summary>
    public static string Repr(object value) => value switch
    {
        Enum e => $"<{ClrTypeNames.Name(e.GetType())}.{e}: {System.Convert.ToString(System.Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType())), CultureInfo.InvariantCulture)}>",
        _ => $"<{ClrTypeNames.Name(value.GetType())} object at {PyObjectIds.HexIdOf(value)}>",
    };

    private static bool TryOperator(string name, object a, object b, bool left, bool right, out object result)
    {
        var candidates = new List<MethodBase>();
        if (left) candidates.AddRange(Operators(a.GetType(), name));
        if (right && (!left || b.GetType() != a.GetType())) candidates.AddRange(Operators(b.GetType(), name));
        if (candidates.Count == 0)
        {
            result = PyNone.Instance;
            return false;
        }
        return ClrOverloads.TryInvokeImplicit(candidates, [a, b], out result);
    }

    private static MethodInfo[] Operators(Type type, string name) => s_operators.GetOrAdd((type, name), key =>
        key.Item1.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == key.Item2 && m.IsSpecialName).ToArray());

    private static ulong EnumBits(Enum value) => System.Convert.ToUInt64(value switch
    {
        _ when Enum.GetUnderlyingType(value.GetType()) is var u && (u == typeof(long) || u == typeof(int) || u == typeof(short) || u == typeof(sbyte))
            => (object)unchecked((ulong)System.Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        _ => value,
    }, CultureInfo.InvariantCulture);

    private static T Guard<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (Exception error) when (ClrExceptions.IsHostException(error))
        {
            throw ClrExceptions.ToPython(error);
        }
    }
}
