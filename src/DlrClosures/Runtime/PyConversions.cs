using System.Numerics;
using DlrClosures.Runtime.Interop;

namespace DlrClosures.Runtime;

/// <summary>
/// Crossing the boundary between a host and the runtime: .NET values become Python values on the
/// way in (int → Python int, null → None), and Python values become the .NET type a host asks for
/// on the way out (with CPython's OverflowError when an int does not fit, TypeError when nothing fits).
/// </summary>
internal static class PyConversions
{
    /// <summary>
    /// The Python value for a value .NET code hands a script (a member's value, a method's result, an
    /// item, a delegate's argument): converted as <see cref="FromHost"/> converts, after the runtime's
    /// permission gate: a value of a guarded type (reflection, the process, the file system; see
    /// <c>ScriptPermissions</c>) that the current runtime does not grant raises a Python
    /// <c>PermissionError</c> instead.
    /// </summary>
    /// <exception cref="Exceptions.PyException">PermissionError for a value the runtime does not grant.</exception>
    public static object FromClr(object? value)
    {
        if (value is not null && value.GetType() is { IsPrimitive: false } type && type != typeof(string)) ClrAccess.CheckValue(value);
        return FromHost(value);
    }

    /// <summary>
    /// The Python value for a value the host itself hands in (<c>SetVariable</c>, arguments of
    /// <c>ObjectOperations</c> and <c>dynamic</c> calls), with no permission check, since what a host
    /// hands in is its decision: every .NET integer type becomes a Python int, <c>float</c> a Python
    /// float, <c>char</c> a one-character str, null None, a <see cref="Type"/> the type object scripts
    /// use to reach its static members and constructors. Everything else, <c>decimal</c>,
    /// <c>DateTime</c>, enums and the host's own objects included, stays itself, so a .NET object
    /// read back is the same object.
    /// </summary>
    internal static object FromHost(object? value) => value switch
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
        char c => c.ToString(),
        Type type => ClrType.Of(type),
        _ => value,
    };

    /// <summary>
    /// Converts a Python value to <paramref name="type"/> for a host: None becomes null for reference
    /// and nullable types; ints become any .NET integer type, <see cref="BigInteger"/>, <c>double</c>,
    /// <c>float</c> or <c>decimal</c>; floats <c>double</c>, <c>float</c> or <c>decimal</c>; lists and
    /// tuples copies as <c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>,
    /// <c>IEnumerable&lt;T&gt;</c> or <c>T[]</c>; dicts copies as <c>Dictionary&lt;K, V&gt;</c> or its
    /// interfaces; any callable a delegate of any type. As <c>object</c>, an int is an <c>int</c> when it
    /// fits, else a <c>long</c>, else a <see cref="BigInteger"/>.
    /// </summary>
    /// <exception cref="Exceptions.PyException">A Python TypeError when the value has no conversion to the
    /// type, OverflowError when an int does not fit.</exception>
    public static object? ToClr(object value, Type type) => ClrConversion.Convert(value, type);
}
