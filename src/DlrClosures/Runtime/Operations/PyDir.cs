using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Methods;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// The attribute names of a value, sorted as <c>dir()</c> returns them (object_dir / type_dir),
/// used as the candidates of AttributeError suggestions. For built-in values this lists their
/// methods and data attributes and object's special methods, not every slot wrapper CPython
/// lists; the difference only matters for misspelt dunder names.
/// </summary>
internal static class PyDir
{
    // dir(object()) in CPython 3.11.
    private static readonly string[] s_objectNames =
    [
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
        "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__",
        "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ];

    public static List<string> Dir(object value)
    {
        if (value is Imports.PyModule module) return module.Dir();
        var names = new HashSet<string>(s_objectNames, StringComparer.Ordinal);
        switch (value)
        {
            case PyInstance instance:
                foreach (var key in instance.Dict.Keys) if (key is string s) names.Add(s);
                AddClassNames(names, instance.Type);
                names.Add("__dict__");
                names.Add("__module__");
                names.Add("__weakref__");
                break;
            case PyType type:
                AddClassNames(names, type);
                names.UnionWith(BuiltinMethods.MethodNames(type));
                break;
            case Interop.ClrType clr:
                names.UnionWith(clr.Info.StaticNames);
                break;
            case var _ when Interop.ClrObjects.IsClr(value):
                names.UnionWith(Interop.ClrObjects.MemberNames(value));
                break;
            default:
                names.UnionWith(BuiltinMethods.MethodNames(value));
                names.UnionWith(DataAttributes(value));
                break;
        }
        var sorted = names.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    private static void AddClassNames(HashSet<string> names, PyType type)
    {
        foreach (var klass in type.Mro)
            if (klass.Dict is { } dict)
                foreach (var key in dict.Keys)
                    if (key is string s) names.Add(s);
    }

    private static IEnumerable<string> DataAttributes(object value) => value switch
    {
        long or System.Numerics.BigInteger or bool => ["denominator", "imag", "numerator", "real"],
        double => ["imag", "real"],
        PyRange or PySlice => ["start", "step", "stop"],
        _ => [],
    };

    /// <summary>offer_suggestions_for_attribute_error: the suggestion for <c>obj.name</c>, computed when printed.</summary>
    public static PyException WithSuggestion(PyException error, object target, string name)
    {
        // The names are listed when the error is printed, perhaps after the script has returned:
        // list them under the runtime the error was raised in, whose grants decide which .NET
        // members exist (Interop.ClrAccess), so a suggestion never names a hidden one.
        var context = PyContext.Current;
        error.SuggestionProvider = () =>
        {
            var previous = PyContext.Enter(context);
            try
            {
                return PySuggestions.Suggest(name, Dir(target));
            }
            finally
            {
                PyContext.Exit(previous);
            }
        };
        return error;
    }
}
