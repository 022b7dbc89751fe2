using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>An instance of a user-defined class: its class and a <c>__dict__</c> of attributes.</summary>
internal sealed class PyInstance : IPyAttributes, System.Dynamic.IDynamicMetaObjectProvider
{
    /// <summary>The meta-object that lets C# <c>dynamic</c> read and write this instance's attributes and call its methods.</summary>
    public System.Dynamic.DynamicMetaObject GetMetaObject(System.Linq.Expressions.Expression parameter) =>
        new Interop.PyMetaObject(parameter, this);

    public PyInstance(PyType type)
    {
        Type = type;
        Dict = new PyDict();
    }

    /// <summary>The class (<c>__class__</c>).</summary>
    public PyType Type { get; }

    /// <summary>The instance attributes (<c>__dict__</c>).</summary>
    public PyDict Dict { get; }

    /// <summary>type_call: make the instance, then run <c>__init__</c>, which must return None.</summary>
    internal static object Construct(PyType type, object[] args, string[] kwNames)
    {
        var instance = new PyInstance(type);
        if (type.TryLookup("__init__", out var init))
        {
            var result = PyCalls.Call(init, Prepend(instance, args), kwNames);
            if (result is not PyNone)
                throw PyErrors.TypeError($"__init__() should return None, not '{PyTypes.TypeName(result)}'");
        }
        else if (args.Length > 0)
        {
            throw PyErrors.TypeError($"{type.Name}() takes no arguments");
        }
        return instance;
    }

    /// <summary>
    /// Calls the special method <paramref name="name"/> found on the class (never the instance dict,
    /// as CPython's slot lookup); false when the class does not define it.
    /// </summary>
    public bool TryInvokeSpecial(string name, object[] args, out object result)
    {
        if (!Type.TryLookup(name, out var method))
        {
            result = PyNone.Instance;
            return false;
        }
        result = PyCalls.Call(method, Prepend(this, args));
        return true;
    }

    /// <summary>True when the class defines <paramref name="name"/>.</summary>
    public bool HasSpecial(string name) => Type.TryLookup(name, out _);

    /// <summary>__hash__: a class that defines __eq__ without __hash__ is unhashable (type_new sets __hash__ = None).</summary>
    internal long Hash()
    {
        if (Type.TryLookup("__hash__", out var hash))
        {
            if (hash is PyNone) throw PyErrors.TypeError(PyMessages.Unhashable(Type.Name));
            var result = PyCalls.Call(hash, [this]);
            return PyInt.TryGetLong(result, out long h) ? (h == -1 ? -2 : h) : PyHashing.Hash(result);
        }
        if (Type.TryLookup("__eq__", out _)) throw PyErrors.TypeError(PyMessages.Unhashable(Type.Name));
        return PyHashing.IdentityHash(this);
    }

    /// <summary>
    /// <c>obj.name</c>: the class's <c>__getattribute__</c> when it defines one, else the generic
    /// lookup; either way <c>__getattr__</c> when the attribute is missing (slot_tp_getattr_hook).
    /// </summary>
    public bool TryGetAttribute(string name, out object value)
    {
        if ((Type.Hooks & AttributeHooks.GetAttribute) == 0)
        {
            if (TryGetGeneric(name, out value)) return true;
        }
        else
        {
            try
            {
                value = CallHook("__getattribute__", [this, name]);
                return true;
            }
            catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.AttributeError) && HasSpecial("__getattr__"))
            {
            }
        }
        if (name != "__getattr__" && Type.TryLookup("__getattr__", out var getattr))
        {
            value = CallHook(getattr, [this, name]);
            return true;
        }
        value = PyNone.Instance;
        return false;
    }

    /// <summary>object.__getattribute__: the instance dict, then the class (PyObject_GenericGetAttr).</summary>
    internal bool TryGetGeneric(string name, out object value)
    {
        long hash = PyHashing.HashString(name);
        if (Dict.TryGetValue(name, hash, out value)) return true;
        switch (name)
        {
            case "__class__": value = Type; return true;
            case "__dict__": value = Dict; return true;
        }
        if (Type.TryLookup(name, hash, out value))
        {
            if (IsMethod(value)) value = new PyMethod(this, value);
            return true;
        }
        return false;
    }

    /// <summary><c>obj.name = value</c>: the class's <c>__setattr__</c> when it defines one, else the instance dict.</summary>
    public bool TrySetAttribute(string name, object value)
    {
        if ((Type.Hooks & AttributeHooks.SetAttr) != 0) CallHook("__setattr__", [this, name, value]);
        else Dict[name] = value;
        return true;
    }

    /// <summary><c>del obj.name</c>: the class's <c>__delattr__</c> when it defines one, else the instance dict; false when missing.</summary>
    internal bool TryDeleteAttribute(string name)
    {
        if ((Type.Hooks & AttributeHooks.DelAttr) == 0) return Dict.Remove(name);
        CallHook("__delattr__", [this, name]);
        return true;
    }

    // A hook that reaches itself again (a __setattr__ that calls setattr(self, ...)) is stopped by
    // the recursion limit at the hook's frame entry, as in CPython; the runtime frames between two
    // such entries are checked against the machine stack here.
    private object CallHook(string name, object[] args)
    {
        Type.TryLookup(name, out var hook);
        return CallHook(hook, args);
    }

    private static object CallHook(object hook, object[] args)
    {
        NativeRecursion.EnsureStack();
        return PyCalls.Call(hook, args);
    }

    /// <summary>Plain functions found on the class bind to the instance; types, builtins and bound methods do not.</summary>
    private static bool IsMethod(object value) =>
        value is PyCallable and not PyType and not PyMethod and not Builtins.PyBuiltinFunction;

    private static object[] Prepend(object first, object[] rest)
    {
        var all = new object[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }
}
