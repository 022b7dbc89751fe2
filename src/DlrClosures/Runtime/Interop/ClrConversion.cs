using System.Collections;
using System.Globalization;
using System.Numerics;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// Python value → .NET type, the one definition behind a host's <c>GetVariable&lt;T&gt;</c>, the
/// arguments of .NET methods, property and indexer writes, and typed collections. <see cref="Cost"/>
/// ranks how naturally a value becomes a type (for overload resolution); <see cref="Convert"/> does
/// it or raises Python's TypeError or OverflowError, never an InvalidCastException.
/// </summary>
/// <remarks>
/// Collections convert by copy (a list or tuple into a new <c>List&lt;T&gt;</c> or <c>T[]</c>, a dict
/// into a new <c>Dictionary&lt;K, V&gt;</c>), element by element, also for interface targets
/// (<c>IList&lt;T&gt;</c>, <c>IReadOnlyDictionary&lt;K, V&gt;</c>): a later change on one side is not
/// seen on the other. As <c>object</c>, ints become <c>int</c> when they fit, else <c>long</c>, else
/// <see cref="BigInteger"/> (what IronPython hosts expect from <c>(int)scope.GetVariable("x")</c>),
/// and None becomes null.
/// </remarks>
internal static class ClrConversion
{
    /// <summary>Cost of a conversion that cannot be made.</summary>
    public const int Impossible = int.MaxValue;

    /// <summary>
    /// How good a match <paramref name="value"/> is for <paramref name="type"/>: 0 for the same type,
    /// larger for looser conversions, <see cref="Impossible"/> when there is none. With
    /// <paramref name="implicitOnly"/> only the conversions C# makes implicitly count (for operators:
    /// <c>decimal + float</c> stays a TypeError, as in both languages).
    /// </summary>
    public static int Cost(object value, Type type, bool implicitOnly = false)
    {
        if (type.IsByRef) type = type.GetElementType()!;
        if (value is PyNone) return !type.IsValueType || Nullable.GetUnderlyingType(type) is not null ? 2 : Impossible;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            int inner = Cost(value, underlying, implicitOnly);
            return inner == Impossible ? Impossible : inner + 1;
        }
        if (value.GetType() == type) return 0;
        if (type == typeof(object)) return 10;
        switch (value)
        {
            case long l:
                if (type == typeof(long)) return 0;
                if (type == typeof(int)) return l is >= int.MinValue and <= int.MaxValue ? 1 : Impossible;
                if (type == typeof(BigInteger)) return 2;
                if (IsInteger(type)) return FitsInteger(l, type) ? 3 : Impossible;
                if (type == typeof(double)) return 4;
                if (type == typeof(decimal)) return 4;
                if (type == typeof(float)) return 5;
                break;
            case BigInteger big:
                if (IsInteger(type)) return FitsInteger(big, type) ? 3 : Impossible;
                if (type == typeof(double)) return 4;
                if (type == typeof(decimal)) return 4;
                if (type == typeof(float)) return 5;
                break;
            case bool:
                if (IsInteger(type) && !implicitOnly) return 8;
                break;
            case double:
                if (type == typeof(float)) return 2;
                if (type == typeof(decimal) && !implicitOnly) return 4;
                break;
            case string s:
                if (type == typeof(char)) return s.Length == 1 ? 2 : Impossible;
                break;
            case ClrType:
                if (type == typeof(Type)) return 1;
                break;
        }
        if (type.IsInstanceOfType(value)) return 1;
        if (typeof(Delegate).IsAssignableFrom(type) && type != typeof(Delegate) && type != typeof(MulticastDelegate) && IsCallable(value))
            return 3;
        if (value is PyList or PyTuple && SequenceElementType(type) is not null) return 4;
        if (value is PyDict && MappingTypes(type) is not null) return 4;
        if (IsEnumerableType(type) && PyIteration.TryGetIterator(value) is not null) return 5;
        return Impossible;
    }

    /// <summary>Converts <paramref name="value"/> to <paramref name="type"/>, or raises TypeError/OverflowError.</summary>
    public static object? Convert(object value, Type type)
    {
        if (type.IsByRef) type = type.GetElementType()!;
        if (value is PyNone)
        {
            if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null) return null;
            throw CannotConvert(value, type);
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(object)) return ToObject(value);
        if (value.GetType() == type) return value;
        try
        {
            switch (value)
            {
                case long l when IsInteger(type): return FromInteger(l, type);
                case BigInteger big when IsInteger(type): return FromInteger(big, type);
                case bool b when IsInteger(type): return FromInteger(b ? 1 : 0, type);
                case long l when type == typeof(double): return (double)l;
                case long l when type == typeof(float): return (float)l;
                case long l when type == typeof(decimal): return (decimal)l;
                case BigInteger big when type == typeof(double) || type == typeof(float):
                    double d = (double)big;
                    if (double.IsInfinity(d)) throw PyErrors.OverflowError(InteropMessages.IntTooLargeForFloat);
                    return type == typeof(float) ? (float)d : d;
                case BigInteger big when type == typeof(decimal): return (decimal)big;
                case double f when type == typeof(float): return (float)f;
                case double f when type == typeof(decimal): return (decimal)f;
                case string { Length: 1 } s when type == typeof(char): return s[0];
                case ClrType clrType when type == typeof(Type): return clrType.Type;
            }
        }
        catch (OverflowException)
        {
            throw PyErrors.OverflowError(InteropMessages.IntTooLarge(type));
        }
        if (type.IsInstanceOfType(value)) return value;
        if (typeof(Delegate).IsAssignableFrom(type) && type != typeof(Delegate) && type != typeof(MulticastDelegate) && IsCallable(value))
            return PyDelegates.Create(type, value);
        if (value is PyList or PyTuple && SequenceElementType(type) is { } element)
            return ToSequence(value is PyList list ? list.Items : ((PyTuple)value).Items, type, element);
        if (value is PyDict dict && MappingTypes(type) is { } kv) return ToDictionary(dict, kv.Key, kv.Value);
        // Any other iterable (a dict's keys, a set, a range, an iterator) as IEnumerable: its items, copied.
        if (IsEnumerableType(type) && PyIteration.TryGetIterator(value) is not null)
            return ToSequence(PyIteration.ToList(value), type, SequenceElementType(type)!);
        throw CannotConvert(value, type);
    }

    /// <summary>
    /// The form a Python value takes as a .NET <c>object</c>: None is null, an int is an <c>int</c>
    /// when it fits, else a <c>long</c>, else a <see cref="BigInteger"/>; an exposed type is its
    /// <see cref="Type"/>; everything else is itself.
    /// </summary>
    public static object? ToObject(object value) => value switch
    {
        PyNone => null,
        long l => l is >= int.MinValue and <= int.MaxValue ? (object)(int)l : l,
        ClrType type => type.Type,
        _ => value,
    };

    /// <summary>True for anything a call can be made on: a callable object or an instance with <c>__call__</c>.</summary>
    public static bool IsCallable(object value) =>
        value is PyCallable or PyExceptionType || value is PyInstance instance && instance.HasSpecial("__call__");

    public static PyException CannotConvert(object value, Type type) =>
        PyErrors.TypeError(InteropMessages.CannotConvert(PyTypes.TypeName(value), type));

    // A value that is no number .NET can hold raises here when it does not fit, unsigned included.
    private static object FromInteger(BigInteger value, Type type)
    {
        if (type == typeof(BigInteger)) return value;
        if (value.Sign < 0 && IsUnsigned(type)) throw PyErrors.OverflowError(InteropMessages.NegativeToUnsigned);
        if (type == typeof(decimal)) return (decimal)value;
        if (value < long.MinValue || value > ulong.MaxValue) throw new OverflowException();
        if (value > long.MaxValue)
            return type == typeof(ulong) ? (ulong)value : throw new OverflowException();
        return System.Convert.ChangeType((long)value, type, CultureInfo.InvariantCulture);
    }

    private static bool FitsInteger(BigInteger value, Type type)
    {
        if (type == typeof(BigInteger) || type == typeof(decimal)) return true;
        try
        {
            FromInteger(value, type);
            return true;
        }
        catch (Exception e) when (e is OverflowException or PyException)
        {
            return false;
        }
    }

    private static bool IsUnsigned(Type type) =>
        type == typeof(byte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong) || type == typeof(nuint);

    /// <summary>The integer types a Python int converts to; decimal and BigInteger included.</summary>
    public static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ||
        type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong) ||
        type == typeof(BigInteger) || type == typeof(decimal);

    /// <summary>The element type when <paramref name="type"/> is an array or a list-like collection a Python sequence converts to.</summary>
    public static Type? SequenceElementType(Type type)
    {
        if (type.IsArray && type.GetArrayRank() == 1) return type.GetElementType();
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>) ||
                definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>))
                return type.GetGenericArguments()[0];
        }
        if (type == typeof(IList) || type == typeof(ICollection) || type == typeof(IEnumerable)) return typeof(object);
        return null;
    }

    private static bool IsEnumerableType(Type type) =>
        type == typeof(IEnumerable) || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>);

    private static KeyValuePair<Type, Type>? MappingTypes(Type type)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
            {
                var arguments = type.GetGenericArguments();
                return new(arguments[0], arguments[1]);
            }
        }
        if (type == typeof(IDictionary)) return new(typeof(object), typeof(object));
        return null;
    }

    private static object ToSequence(IReadOnlyList<object> items, Type type, Type element)
    {
        if (type.IsArray)
        {
            var array = Array.CreateInstance(element, items.Count);
            for (int i = 0; i < items.Count; i++) array.SetValue(Convert(items[i], element), i);
            return array;
        }
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element), items.Count)!;
        foreach (var item in items) list.Add(Convert(item, element));
        return list;
    }

    private static object ToDictionary(PyDict dict, Type key, Type value)
    {
        var result = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
        foreach (var entry in dict.Entries)
        {
            var k = Convert(entry.Key, key) ?? throw PyErrors.TypeError(InteropMessages.CannotConvert("NoneType", key));
            result[k] = Convert(entry.Value, value);
        }
        return result;
    }
}
