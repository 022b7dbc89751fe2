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
        // A plain function takes the instance first (so does a builtin put in a class namespace by a
        // host, as before descriptors); anything else is bound as a read would bind it.
        result = method is Functions.PyFunction or Builtins.PyBuiltinFunction
            ? PyCalls.Call(method, Prepend(this, args))
            : PyCalls.Call(Descriptors.Get(method, this, Type), args);
        return true;
    }

    /// <summary>
    /// A rich comparison's special method (slot_tp_richcompare): as <see cref="TryInvokeSpecial"/>,
    /// but an error while binding the method (a property that raises) counts as not defined.
    /// </summary>
    internal bool TryInvokeComparison(string name, object other, out object result)
    {
        if (!Type.TryLookup(name, out var method))
        {
            result = PyNone.Instance;
            return false;
        }
        if (method is Functions.PyFunction or Builtins.PyBuiltinFunction)
        {
            result = PyCalls.Call(method, [this, other]);
            return true;
        }
        object bound;
        try
        {
            bound = Descriptors.Get(method, this, Type);
        }
        catch (PyException)
        {
            result = PyNone.Instance;
            return false;
        }
        result = PyCalls.Call(bound, [other]);
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
        var hooks = Type.Hooks;
        if ((hooks & AttributeHooks.GetAttribute) == 0)
        {
            if ((hooks & AttributeHooks.GetAttr) == 0) return TryGetGeneric(name, hooks, out value);
            try
            {
                if (TryGetGeneric(name, hooks, out value)) return true;
            }
            catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.AttributeError))
            {
                // A property that raises AttributeError falls back to __getattr__ too.
            }
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

    /// <summary>
    /// object.__getattribute__ (PyObject_GenericGetAttr): a data descriptor on the class, then the
    /// instance dict, then the class attribute as <see cref="Descriptors.Get"/> binds it, then the
    /// methods of the built-in classes of the MRO. A class with no data descriptor anywhere on its
    /// MRO (the usual case, cached in <see cref="PyType.Hooks"/>) reads the dict first with one hash.
    /// </summary>
    internal bool TryGetGeneric(string name, out object value) => TryGetGeneric(name, Type.Hooks, out value);

    private bool TryGetGeneric(string name, AttributeHooks hooks, out object value)
    {
        long hash = PyHashing.HashString(name);
        if ((hooks & AttributeHooks.DataDescriptors) != 0 && Type.TryLookup(name, hash, out value) && Descriptors.IsData(value))
        {
            value = Descriptors.Get(value, this, Type);
            return true;
        }
        if (Dict.TryGetValue(name, hash, out value)) return true;
        if (Type.TryLookup(name, hash, out value))
        {
            value = Descriptors.Get(value, this, Type);
            return true;
        }
        // object's __class__ and __dict__ descriptors, which a class attribute of the name shadows.
        switch (name)
        {
            case "__class__": value = Type; return true;
            case "__dict__": value = Dict; return true;
        }
        return TypeSlots.TryGetAlongMro(Type, name, this, out value);
    }

    /// <summary><c>obj.name = value</c>: the class's <c>__setattr__</c> when it defines one, else <see cref="SetGeneric"/>.</summary>
    public bool TrySetAttribute(string name, object value)
    {
        var hooks = Type.Hooks;
        if ((hooks & AttributeHooks.SetAttr) != 0) CallHook("__setattr__", [this, name, value]);
        else if ((hooks & AttributeHooks.DataDescriptors) == 0) Dict[name] = value;
        else SetGeneric(name, value);
        return true;
    }

    /// <summary>object.__setattr__ (PyObject_GenericSetAttr): a data descriptor on the class takes the write, else the instance dict.</summary>
    internal void SetGeneric(string name, object value)
    {
        if ((Type.Hooks & AttributeHooks.DataDescriptors) != 0 && Type.TryLookup(name, out var attribute)
            && Descriptors.TrySet(attribute, this, value))
            return;
        Dict[name] = value;
    }

    /// <summary><c>del obj.name</c>: the class's <c>__delattr__</c> when it defines one, else <see cref="DeleteGeneric"/>; false when missing.</summary>
    internal bool TryDeleteAttribute(string name)
    {
        if ((Type.Hooks & AttributeHooks.DelAttr) == 0) return DeleteGeneric(name);
        CallHook("__delattr__", [this, name]);
        return true;
    }

    /// <summary>object.__delattr__: a data descriptor on the class takes the delete, else the instance dict; false when missing.</summary>
    internal bool DeleteGeneric(string name)
    {
        if ((Type.Hooks & AttributeHooks.DataDescriptors) != 0 && Type.TryLookup(name, out var attribute)
            && Descriptors.TryDelete(attribute, this))
            return true;
        return Dict.Remove(name);
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

    private static object[] Prepend(object first, object[] rest)
    {
        var all = new object[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }
}
