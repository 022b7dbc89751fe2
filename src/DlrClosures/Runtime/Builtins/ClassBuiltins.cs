using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Builtins;

/// <summary>The builtins of the class machinery: <c>super</c>, <c>property</c>, <c>staticmethod</c>, <c>classmethod</c>.</summary>
internal static class ClassBuiltins
{
    public static readonly PyType SuperType = new("super", PyBuiltinTypes.Object, PySuper.Construct);

    public static readonly PyType PropertyType = new("property", PyBuiltinTypes.Object, PyProperty.Construct);

    public static readonly PyType StaticMethodType = new("staticmethod", PyBuiltinTypes.Object,
        (args, kw) => new PyStaticMethod(One("staticmethod", args, kw)));

    public static readonly PyType ClassMethodType = new("classmethod", PyBuiltinTypes.Object,
        (args, kw) => new PyClassMethod(One("classmethod", args, kw)));

    /// <summary>Adds the four to the builtins table.</summary>
    public static void Register(Dictionary<string, object> table)
    {
        foreach (var type in new[] { SuperType, PropertyType, StaticMethodType, ClassMethodType })
            table[type.Name] = type;
    }

    /// <summary><c>super(type, obj)</c>, for the runtime's own calls (type_new's <c>__init_subclass__</c>).</summary>
    internal static object SuperOf(PyType type, object obj) => PySuper.Construct([type, obj], null);

    private static object One(string name, object[] args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw PyErrors.TypeError(PyMessages.TakesNoKeywordArguments(name));
        if (args.Length != 1) throw PyErrors.TypeError(PyMessages.ExpectedArguments(name, 1, args.Length));
        return args[0];
    }
}
