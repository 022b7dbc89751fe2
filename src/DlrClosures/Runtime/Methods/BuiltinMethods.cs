using System.Numerics;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>The method tables of the built-in types, and binding a method to its object (<c>[].append</c>) or exposing it on the type (<c>str.upper</c>).</summary>
internal static class BuiltinMethods
{
    private static readonly Dictionary<string, MethodBody> s_str = Build(StrMethods.Register, StrLayoutMethods.Register);
    private static readonly Dictionary<string, MethodBody> s_list = Build(ListMethods.Register);
    private static readonly Dictionary<string, MethodBody> s_dict = Build(DictMethods.Register);
    private static readonly Dictionary<string, MethodBody> s_set = Build(SetMethods.Register);
    private static readonly Dictionary<string, MethodBody> s_frozenset = Build(SetMethods.RegisterFrozen);
    private static readonly Dictionary<string, MethodBody> s_bytes = Build(BytesMethods.Register);
    private static readonly Dictionary<string, MethodBody> s_bytearray = Build(BytesMethods.RegisterMutable);
    private static readonly Dictionary<string, MethodBody> s_slice = Build(SliceMethods.Register);
    private static readonly Dictionary<string, MethodBody> s_tuple = Build(NumberMethods.RegisterTuple);
    private static readonly Dictionary<string, MethodBody> s_int = Build(NumberMethods.RegisterInt);
    private static readonly Dictionary<string, MethodBody> s_float = Build(NumberMethods.RegisterFloat);
    private static readonly Dictionary<string, MethodBody> s_range = Build(NumberMethods.RegisterRange);
    private static readonly Dictionary<string, MethodBody> s_object = Build(ObjectMethods.Register);

    // The methods whose body ignores its first argument: called on the type or on an instance alike.
    private static readonly HashSet<string> s_classMethods = ["fromkeys", "fromhex", "maketrans"];

    private static Dictionary<string, MethodBody> Build(params Action<Dictionary<string, MethodBody>>[] registrations)
    {
        var table = new Dictionary<string, MethodBody>(StringComparer.Ordinal);
        foreach (var register in registrations) register(table);
        return table;
    }

    private static Dictionary<string, MethodBody>? TableFor(object value) => value switch
    {
        string => s_str,
        PyList => s_list,
        PyDict => s_dict,
        PySet { IsFrozen: true } => s_frozenset,
        PySet => s_set,
        PyTuple => s_tuple,
        long or BigInteger or bool => s_int,
        double => s_float,
        PyRange => s_range,
        PySlice => s_slice,
        PyBytes b => b.IsMutable ? s_bytearray : s_bytes,
        _ => null,
    };

    private static Dictionary<string, MethodBody>? TableFor(PyType type)
    {
        if (ReferenceEquals(type, PyBuiltinTypes.Str)) return s_str;
        if (ReferenceEquals(type, PyBuiltinTypes.List)) return s_list;
        if (ReferenceEquals(type, PyBuiltinTypes.Dict)) return s_dict;
        if (ReferenceEquals(type, PyBuiltinTypes.Set)) return s_set;
        if (ReferenceEquals(type, PyBuiltinTypes.FrozenSet)) return s_frozenset;
        if (ReferenceEquals(type, PyBuiltinTypes.Tuple)) return s_tuple;
        if (ReferenceEquals(type, PyBuiltinTypes.Int) || ReferenceEquals(type, PyBuiltinTypes.Bool)) return s_int;
        if (ReferenceEquals(type, PyBuiltinTypes.Float)) return s_float;
        if (ReferenceEquals(type, PyBuiltinTypes.Range)) return s_range;
        if (ReferenceEquals(type, PyBuiltinTypes.Slice)) return s_slice;
        if (ReferenceEquals(type, PyBuiltinTypes.Bytes)) return s_bytes;
        if (ReferenceEquals(type, PyBuiltinTypes.ByteArray)) return s_bytearray;
        if (ReferenceEquals(type, PyBuiltinTypes.Object)) return s_object;
        return null;
    }

    /// <summary>The method names of a built-in value's type, for <c>dir()</c>-like listings.</summary>
    public static IEnumerable<string> MethodNames(object value) => TableFor(value)?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The method names of a built-in type.</summary>
    public static IEnumerable<string> MethodNames(PyType type) => TableFor(type)?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The body of method <paramref name="name"/> of a built-in value's type, if it has one.</summary>
    public static bool TryGetBody(object target, string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MethodBody? body)
    {
        body = null;
        return TableFor(target) is { } table && table.TryGetValue(name, out body);
    }

    /// <summary><c>obj.name</c> for a method of a built-in value: a builtin bound to <paramref name="target"/>.</summary>
    public static bool TryGetBound(object target, string name, out object value)
    {
        if (TableFor(target) is { } table && table.TryGetValue(name, out var body))
        {
            value = new PyBuiltinFunction(name, body, target);
            return true;
        }
        value = PyNone.Instance;
        return false;
    }

    /// <summary><c>type.name</c>: the method descriptor, which takes the object as its first argument.</summary>
    public static bool TryGetUnbound(PyType type, string name, out object value)
    {
        if (TableFor(type) is { } table && table.TryGetValue(name, out var body))
        {
            if (s_classMethods.Contains(name))
            {
                // A class method (dict.fromkeys, bytes.fromhex): the type, not an instance, comes first.
                value = new PyBuiltinFunction(name, (args, kw) => body(type, args, kw), null, type.Name);
                return true;
            }
            value = new PyBuiltinFunction(name, (args, kw) =>
            {
                if (args.Length - (kw?.Length ?? 0) < 1)
                    throw PyErrors.TypeError($"unbound method {type.Name}.{name}() needs an argument");
                var self = args[0];
                if (!PyTypes.IsInstance(self, type))
                    throw PyErrors.TypeError(
                        $"descriptor '{name}' for '{type.Name}' objects doesn't apply to a '{PyTypes.TypeName(self)}' object");
                return body(self, args[1..], kw);
            }, null, type.Name);
            return true;
        }
        value = PyNone.Instance;
        return false;
    }
}
