using System.Numerics;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>The Python type of a value: its name for messages (<c>'int'</c>, <c>'NoneType'</c>, <c>'function'</c>) and its type object.</summary>
internal static class PyTypes
{
    public static string TypeName(object value) => value switch
    {
        long or BigInteger => "int",
        string => "str",
        bool => "bool",
        double => "float",
        PyNone => "NoneType",
        PyNotImplemented => "NotImplementedType",
        PyEllipsis => "ellipsis",
        PyList => "list",
        PyTuple => "tuple",
        PyDict => "dict",
        PySet { IsFrozen: true } => "frozenset",
        PyBytes b => b.IsMutable ? "bytearray" : "bytes",
        PySet => "set",
        PyRange => "range",
        PySlice => "slice",
        PyInstance instance => instance.Type.Name,
        PyType type => type.Metaclass.Name,
        PyExceptionType => "type",
        IPyTyped typed => typed.PythonType.Name,
        PyGenericAlias => "types.GenericAlias",
        PyUnionType => "types.UnionType",
        PyBuiltinFunction => "builtin_function_or_method",
        PyMethod => "method",
        Imports.PyModule => "module",
        Imports.SysStream => "_io.TextIOWrapper",
        Imports.PyNamespace => "types.SimpleNamespace",
        StrongBox<object> => "cell",
        PyIterator iterator => iterator.TypeName,
        PyDictView view => view.TypeName,
        PyExceptionObject exception => exception.Type.Name,
        PyException exception => exception.Type.Name,
        Functions.PyCodeView or Functions.PyModuleCode => "code",
        PyTraceback => "traceback",
        Interop.ClrType => "type",
        Interop.ClrMethodGroup => "builtin_function_or_method",
        // Functions live in Runtime/Functions; any other callable is a Python function.
        PyCallable => "function",
        // A .NET object a host put into a scope goes by its type's name as C# writes it (List<int>).
        _ => Interop.ClrTypeNames.Name(value.GetType()),
    };

    public static PyType TypeOf(object value) => value switch
    {
        long or BigInteger => PyBuiltinTypes.Int,
        string => PyBuiltinTypes.Str,
        bool => PyBuiltinTypes.Bool,
        double => PyBuiltinTypes.Float,
        PyNone => PyBuiltinTypes.NoneType,
        PyList => PyBuiltinTypes.List,
        PyTuple => PyBuiltinTypes.Tuple,
        PyDict => PyBuiltinTypes.Dict,
        PySet { IsFrozen: true } => PyBuiltinTypes.FrozenSet,
        PyBytes b => b.IsMutable ? PyBuiltinTypes.ByteArray : PyBuiltinTypes.Bytes,
        PySet => PyBuiltinTypes.Set,
        PyRange => PyBuiltinTypes.Range,
        PySlice => PyBuiltinTypes.Slice,
        PyInstance instance => instance.Type,
        PyType type => type.Metaclass,
        PyExceptionType => PyBuiltinTypes.Type,
        IPyTyped typed => typed.PythonType,
        PyBuiltinFunction => PyBuiltinTypes.BuiltinFunction,
        PyMethod => PyBuiltinTypes.Method,
        StrongBox<object> => PyBuiltinTypes.Cell,
        PyIterator iterator => iterator.TypeName switch
        {
            "enumerate" => PyBuiltinTypes.Enumerate,
            "zip" => PyBuiltinTypes.Zip,
            "map" => PyBuiltinTypes.Map,
            "filter" => PyBuiltinTypes.Filter,
            "reversed" => PyBuiltinTypes.Reversed,
            var name => PyBuiltinTypes.Named(name),
        },
        Interop.ClrType => PyBuiltinTypes.Type,
        Interop.ClrMethodGroup => PyBuiltinTypes.BuiltinFunction,
        PyCallable => PyBuiltinTypes.Function,
        _ => PyBuiltinTypes.Named(TypeName(value)),
    };

    /// <summary>isinstance with a single class: bool is an int, every value is an object.</summary>
    public static bool IsInstance(object value, PyType type) => TypeOf(value).IsSubclassOf(type);
}
