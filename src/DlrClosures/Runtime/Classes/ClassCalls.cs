using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// Calling a class and making one (Objects/typeobject.c): type_call runs <c>__new__</c> then
/// <c>__init__</c>; object_new and object_init check surplus arguments as CPython does; type_new
/// makes a class from a name, bases and namespace, fills the <c>__class__</c> cell, calls
/// <c>__set_name__</c> on the attributes and the parent's <c>__init_subclass__</c>.
/// </summary>
internal static class ClassCalls
{
    /// <summary>type_call: <c>cls(*args, **kwargs)</c> when the metaclass does not define <c>__call__</c>.</summary>
    public static object TypeCall(PyType cls, object[] args, string[] kwNames)
    {
        if (ReferenceEquals(cls, PyBuiltinTypes.Type) && args.Length == 1 && kwNames.Length == 0) return PyTypes.TypeOf(args[0]);
        object instance;
        if (cls.TryLookup("__new__", out var userNew))
            instance = PyCalls.Call(Descriptors.Get(userNew, null, cls), Prepend(cls, args), kwNames);
        else if (cls.IsSubclassOf(PyBuiltinTypes.Type))
            instance = TypeNew(cls, args, kwNames);
        else
            instance = NewInstance(cls, args, kwNames, userNew: false);
        if (!PyTypes.IsInstance(instance, cls)) return instance;
        var instanceType = PyTypes.TypeOf(instance);
        if (instanceType.TryLookup("__init__", out var init))
        {
            var result = init is PyFunction or PyBuiltinFunction
                ? PyCalls.Call(init, Prepend(instance, args), kwNames)
                : PyCalls.Call(Descriptors.Get(init, instance, instanceType), args, kwNames);
            if (result is not PyNone)
                throw PyErrors.TypeError($"__init__() should return None, not '{PyTypes.TypeName(result)}'");
        }
        else if (args.Length > 0 && !instanceType.IsSubclassOf(PyBuiltinTypes.Type) && !instanceType.TryLookup("__new__", out _))
        {
            throw PyErrors.TypeError($"{instanceType.Name}() takes no arguments");
        }
        return instance;
    }

    // object_new's surplus-argument rule, then the instance.
    private static object NewInstance(PyType cls, object[] args, string[] kwNames, bool userNew)
    {
        // A PyInstance cannot hold the value of a built-in base yet (a list, a dict, an int): refuse to
        // make one rather than hand out an object the base's methods cannot read.
        foreach (var t in cls.Mro)
            if (!t.IsUserClass && !ReferenceEquals(t, PyBuiltinTypes.Object) && !ReferenceEquals(t, PyBuiltinTypes.Type))
                throw PyErrors.TypeError($"subclasses of '{t.Name}' are not supported by DlrClosures yet");
        if (args.Length > 0)
        {
            if (userNew) throw PyErrors.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (!cls.TryLookup("__init__", out _)) throw PyErrors.TypeError($"{cls.Name}() takes no arguments");
        }
        return new PyInstance(cls);
    }

    /// <summary><c>object.__new__(cls, *args)</c>.</summary>
    public static object ObjectNew(object[] args, string[]? kwNames)
    {
        if (args.Length == 0) throw PyErrors.TypeError("object.__new__(): not enough arguments");
        if (args[0] is not PyType cls)
            throw PyErrors.TypeError($"object.__new__(X): X is not a type object ({PyTypes.TypeName(args[0])})");
        if (!cls.IsUserClass)
        {
            if (ReferenceEquals(cls, PyBuiltinTypes.Object)) return new PyInstance(cls);
            throw PyErrors.TypeError($"object.__new__({cls.Name}) is not safe, use {cls.Name}.__new__()");
        }
        return NewInstance(cls, args[1..], kwNames ?? [], cls.TryLookup("__new__", out _));
    }

    /// <summary><c>object.__init__(self, *args)</c>.</summary>
    public static object ObjectInit(object[] args, string[]? kwNames)
    {
        if (args.Length > 1)
        {
            var type = PyTypes.TypeOf(args[0]);
            if (type.TryLookup("__init__", out _))
                throw PyErrors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            if (!type.TryLookup("__new__", out _))
                throw PyErrors.TypeError($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
        }
        return PyNone.Instance;
    }

    /// <summary><c>type.__new__(mcs, ...)</c>: the one-argument form, or a new class.</summary>
    public static object TypeNewEntry(object[] args, string[]? kwNames)
    {
        if (args.Length == 0) throw PyErrors.TypeError("type.__new__(): not enough arguments");
        if (args[0] is not PyType mcs)
            throw PyErrors.TypeError($"type.__new__(X): X is not a type object ({PyTypes.TypeName(args[0])})");
        if (!mcs.IsSubclassOf(PyBuiltinTypes.Type))
            throw PyErrors.TypeError($"type.__new__({mcs.Name}): {mcs.Name} is not a subtype of type");
        return TypeNew(mcs, args[1..], kwNames ?? []);
    }

    /// <summary>type_new: <c>type(x)</c> or <c>mcs(name, bases, namespace, **kwargs)</c>.</summary>
    public static object TypeNew(PyType mcs, object[] args, string[] kwNames)
    {
        int positional = args.Length - kwNames.Length;
        if (positional == 1 && kwNames.Length == 0 && ReferenceEquals(mcs, PyBuiltinTypes.Type)) return PyTypes.TypeOf(args[0]);
        if (positional != 3)
            throw PyErrors.TypeError("type.__new__() takes exactly 3 arguments (" + positional + " given)");
        string name = args[0] as string ?? throw PyErrors.TypeError(
            $"type.__new__() argument 1 must be str, not {PyTypes.TypeName(args[0])}");
        var baseTuple = args[1] as PyTuple ?? throw PyErrors.TypeError(
            $"type.__new__() argument 2 must be tuple, not {PyTypes.TypeName(args[1])}");
        var ns = args[2] as PyDict ?? throw PyErrors.TypeError(
            $"type.__new__() argument 3 must be dict, not {PyTypes.TypeName(args[2])}");
        var bases = PyNames.ClassBases(baseTuple.Items);
        var metaclass = ClassBuilder.MostDerivedMetaclass(mcs, bases);
        var kwargs = new PyDict();
        for (int i = 0; i < kwNames.Length; i++) kwargs[kwNames[i]] = args[positional + i];
        return Create(metaclass, name, bases, ns.Copy(), kwargs);
    }

    private static readonly string[] s_implicitClassMethods = ["__init_subclass__", "__class_getitem__"];

    // The class made: its namespace adjusted as type_new_set_attrs does, its MRO checked, then
    // __set_name__ on every attribute and the parent's __init_subclass__ (type_new_impl's order).
    private static PyType Create(PyType metaclass, string name, PyType[] bases, PyDict dict, PyDict kwargs)
    {
        string qualname = name;
        if (dict.TryGetValue("__qualname__", out var q))
        {
            qualname = q as string ?? throw PyErrors.TypeError($"type __qualname__ must be a str, not {PyTypes.TypeName(q)}");
            dict.Remove("__qualname__");
        }
        if (dict.TryGetValue("__new__", out var newMethod) && newMethod is PyFunction)
            dict["__new__"] = new PyStaticMethod(newMethod);
        foreach (var implicitName in s_implicitClassMethods)
            if (dict.TryGetValue(implicitName, out var method) && method is PyFunction)
                dict[implicitName] = new PyClassMethod(method);
        if (dict.ContainsKey("__eq__") && !dict.ContainsKey("__hash__")) dict["__hash__"] = PyNone.Instance;
        StrongBox<object>? cell = null;
        if (dict.TryGetValue("__classcell__", out var c))
        {
            cell = c as StrongBox<object> ?? throw PyErrors.TypeError($"__classcell__ must be a nonlocal cell, not {PyTypes.TypeOf(c)}");
            dict.Remove("__classcell__");
        }
        var type = PyType.CreateClass(name, qualname, bases, dict, metaclass);
        _ = type.Mro;
        if (cell is not null) cell.Value = type;
        foreach (var (key, value) in dict.Entries.ToArray())
        {
            object? setName = value switch
            {
                PyProperty property => property,
                PyInstance instance when instance.Type.TryLookup("__set_name__", out var method) => Descriptors.Get(method, instance, instance.Type),
                _ => null,
            };
            if (setName is null) continue;
            try
            {
                if (setName is PyProperty property) property.SetName(key);
                else PyCalls.Call(setName, [type, key]);
            }
            catch (PyException e) when (e.Type != PyExceptionType.RecursionError)
            {
                // 3.11 replaces the error with this one (3.12 adds a note instead).
                throw PyErrors.RuntimeError($"Error calling __set_name__ on '{PyTypes.TypeName(value)}' instance {PyRepr.Repr(key)} in '{name}'");
            }
        }
        InitSubclass(type, kwargs);
        return type;
    }

    // super(type, type).__init_subclass__(**kwargs)
    private static void InitSubclass(PyType type, PyDict kwargs)
    {
        var init = PyAttributes.GetAttr(ClassBuiltins.SuperOf(type, type), "__init_subclass__");
        var names = kwargs.Keys.Select(k => (string)k).ToArray();
        PyCalls.Call(init, [.. kwargs.Values], names);
    }

    private static object[] Prepend(object first, object[] rest)
    {
        var all = new object[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }
}
