using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Methods;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// The special methods <c>object</c> and <c>type</c> give every class (Objects/typeobject.c:
/// object_new, object_init, object_init_subclass, type_new, type_init, type_call, ...), as values:
/// what <c>super().__init__</c>, <c>object.__new__(cls)</c> or <c>type.__new__(mcs, ...)</c>
/// reach when no class on the way defines the method. Each body takes its receiver first.
/// </summary>
internal static class TypeSlots
{
    private enum Kind { Instance, Static, Class }

    private readonly record struct Slot(Kind Kind, PyBuiltinFunction Function);

    private static readonly Dictionary<string, Slot> s_object = new(StringComparer.Ordinal)
    {
        ["__new__"] = Static("__new__", ClassCalls.ObjectNew),
        ["__init__"] = Method("__init__", ClassCalls.ObjectInit),
        ["__init_subclass__"] = ClassSlot("__init_subclass__", (a, k) =>
        {
            if (k is { Length: > 0 }) throw PyErrors.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no keyword arguments");
            if (a.Length > 1) throw PyErrors.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no arguments ({a.Length - 1} given)");
            return PyNone.Instance;
        }),
        ["__subclasshook__"] = ClassSlot("__subclasshook__", (a, k) => PyNotImplemented.Instance),
        ["__repr__"] = Method("__repr__", (a, k) => a[0] is PyInstance i ? PyRepr.DefaultRepr(i) : PyRepr.Repr(a[0])),
        ["__str__"] = Method("__str__", (a, k) => PyRepr.Repr(a[0])),
        ["__eq__"] = Method("__eq__", (a, k) => Arity("__eq__", a, 2) && ReferenceEquals(a[0], a[1]) ? PyBool.True : PyNotImplemented.Instance),
        ["__ne__"] = Method("__ne__", (a, k) =>
        {
            Arity("__ne__", a, 2);
            var eq = PyComparison.Equal(a[0], a[1]);
            return eq is PyNotImplemented ? eq : PyBool.Box(!PyComparison.IsTrue(eq));
        }),
        ["__hash__"] = Method("__hash__", (a, k) => PyInt.Box(PyHashing.IdentityHash(a[0]))),
        ["__format__"] = Method("__format__", (a, k) =>
        {
            Arity("__format__", a, 2);
            if (a[1] is not string spec) throw PyErrors.TypeError($"__format__() argument must be str, not {PyTypes.TypeName(a[1])}");
            if (spec.Length > 0) throw PyErrors.TypeError($"unsupported format string passed to {PyTypes.TypeName(a[0])}.__format__");
            return PyRepr.Str(a[0]);
        }),
    };

    private static readonly Dictionary<string, Slot> s_type = new(StringComparer.Ordinal)
    {
        ["__new__"] = Static("__new__", ClassCalls.TypeNewEntry),
        ["__init__"] = Method("__init__", (a, k) =>
        {
            int n = a.Length - (k?.Length ?? 0) - 1;
            if (n == 1 && k is { Length: > 0 }) throw PyErrors.TypeError("type.__init__() takes no keyword arguments");
            if (n != 1 && n != 3) throw PyErrors.TypeError("type.__init__() takes 1 or 3 arguments");
            return PyNone.Instance;
        }),
        ["__call__"] = Method("__call__", (a, k) =>
        {
            if (a[0] is not PyType type) throw PyErrors.TypeError($"descriptor '__call__' requires a 'type' object but received a '{PyTypes.TypeName(a[0])}'");
            return ClassCalls.TypeCall(type, a[1..], k ?? []);
        }),
        ["__prepare__"] = Static("__prepare__", (a, k) => new PyDict()),
        ["mro"] = Method("mro", (a, k) => new PyList([.. ((PyType)a[0]).Mro])),
        ["__instancecheck__"] = Method("__instancecheck__", (a, k) =>
            Arity("__instancecheck__", a, 2) ? PyBool.Box(PyTypes.IsInstance(a[1], (PyType)a[0])) : PyBool.False),
        ["__subclasscheck__"] = Method("__subclasscheck__", (a, k) =>
            Arity("__subclasscheck__", a, 2) && a[1] is PyType sub ? PyBool.Box(sub.IsSubclassOf((PyType)a[0]))
            : throw PyErrors.TypeError("issubclass() arg 1 must be a class")),
        ["__repr__"] = Method("__repr__", (a, k) => ((PyType)a[0]).ToString()),
    };

    private static bool Arity(string name, object[] args, int count) =>
        args.Length == count ? true : throw PyErrors.TypeError(PyMessages.ExpectedArguments(name, count - 1, args.Length - 1));

    private static Slot Method(string name, Func<object[], string[]?, object> body) => new(Kind.Instance, new PyBuiltinFunction(name, body));

    private static Slot Static(string name, Func<object[], string[]?, object> body) => new(Kind.Static, new PyBuiltinFunction(name, body));

    private static Slot ClassSlot(string name, Func<object[], string[]?, object> body) => new(Kind.Class, new PyBuiltinFunction(name, body));

    /// <summary>
    /// Attribute <paramref name="name"/> of built-in class <paramref name="type"/> (a class of some
    /// MRO without a namespace of its own), read through <paramref name="instance"/> (null: through
    /// the class <paramref name="owner"/>): the special methods above, then the type's method table.
    /// </summary>
    public static bool TryGetBuiltin(PyType type, string name, object? instance, PyType owner, out object value)
    {
        var table = ReferenceEquals(type, PyBuiltinTypes.Object) ? s_object : ReferenceEquals(type, PyBuiltinTypes.Type) ? s_type : null;
        if (table is not null && table.TryGetValue(name, out var slot))
        {
            value = slot.Kind switch
            {
                Kind.Static => slot.Function,
                Kind.Class => new PyMethod(owner, slot.Function),
                _ => instance is null ? slot.Function : new PyMethod(instance, slot.Function),
            };
            return true;
        }
        if (BuiltinMethods.TryGetUnbound(type, name, out value))
        {
            if (instance is not null) value = new PyMethod(instance, value);
            return true;
        }
        return false;
    }

    /// <summary><paramref name="name"/> along the built-in classes of <paramref name="owner"/>'s MRO, as <see cref="TryGetBuiltin"/> reads it.</summary>
    public static bool TryGetAlongMro(PyType owner, string name, object? instance, out object value)
    {
        foreach (var type in owner.Mro)
            if (!type.IsUserClass && TryGetBuiltin(type, name, instance, owner, out value)) return true;
        value = PyNone.Instance;
        return false;
    }
}
