namespace DlrClosures.Runtime.Builtins;

/// <summary>The type objects of the built-in classes: callable constructors and targets of <c>isinstance</c>.</summary>
internal static class PyBuiltinTypes
{
    public static readonly PyType Object = new("object", null, TypeConstructors.Object);
    public static readonly PyType Type = new("type", Object, TypeConstructors.Type);
    public static readonly PyType Int = new("int", Object, NumberConstructors.Int);
    public static readonly PyType Bool = new("bool", Int, NumberConstructors.Bool);
    public static readonly PyType Float = new("float", Object, NumberConstructors.Float);
    public static readonly PyType Str = new("str", Object, NumberConstructors.Str);
    public static readonly PyType List = new("list", Object, TypeConstructors.List);
    public static readonly PyType Tuple = new("tuple", Object, TypeConstructors.Tuple);
    public static readonly PyType Dict = new("dict", Object, TypeConstructors.Dict);
    public static readonly PyType Set = new("set", Object, TypeConstructors.Set);
    public static readonly PyType FrozenSet = new("frozenset", Object, TypeConstructors.FrozenSet);
    // Complex numbers are not implemented: the class exists (isinstance(x, complex) is False for
    // every value), and calling it says so instead of a NameError for a builtin CPython has.
    public static readonly PyType Complex = new("complex", Object,
        (_, _) => throw Exceptions.PyErrors.TypeError("complex numbers are not supported by DlrClosures yet"));
    public static readonly PyType Bytes = new("bytes", Object, BytesConstructors.Bytes);
    public static readonly PyType ByteArray = new("bytearray", Object, BytesConstructors.ByteArray);
    public static readonly PyType Range = new("range", Object, TypeConstructors.Range);
    public static readonly PyType Slice = new("slice", Object, TypeConstructors.Slice);
    public static readonly PyType Enumerate = new("enumerate", Object, IterationBuiltins.Enumerate);
    public static readonly PyType Zip = new("zip", Object, IterationBuiltins.Zip);
    public static readonly PyType Map = new("map", Object, IterationBuiltins.Map);
    public static readonly PyType Filter = new("filter", Object, IterationBuiltins.Filter);
    public static readonly PyType Reversed = new("reversed", Object, IterationBuiltins.Reversed);
    public static readonly PyType NoneType = new("NoneType", Object, null);
    public static readonly PyType Function = new("function", Object, null);
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", Object, null);
    public static readonly PyType Method = new("method", Object, null);
    public static readonly PyType Cell = new("cell", Object, null);

    private static readonly Dictionary<string, PyType> s_others = [];

    /// <summary>The type named <paramref name="name"/> for values that have no constructor of their own (iterators, views).</summary>
    public static PyType Named(string name)
    {
        lock (s_others)
        {
            if (!s_others.TryGetValue(name, out var type))
                s_others[name] = type = new PyType(name, Object, null);
            return type;
        }
    }
}
