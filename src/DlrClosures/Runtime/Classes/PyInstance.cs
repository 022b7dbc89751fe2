using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>An instance of a user-defined class: its class and a <c>__dict__</c> of attributes.</summary>
public sealed class PyInstance : IPyAttributes, System.Dynamic.IDynamicMetaObjectProvider
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

    public bool TryGetAttribute(string name, out object value)
    {
        if (Dict.TryGetValue(name, out value)) return true;
        switch (name)
        {
            case "__class__": value = Type; return true;
            case "__dict__": value = Dict; return true;
        }
        if (Type.TryLookup(name, out value))
        {
            if (IsMethod(value)) value = new PyMethod(this, value);
            return true;
        }
        if (name != "__getattr__" && Type.TryLookup("__getattr__", out var getattr))
        {
            value = PyCalls.Call(getattr, [this, name]);
            return true;
        }
        return false;
    }

    public bool TrySetAttribute(string name, object value)
    {
        Dict[name] = value;
        return true;
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
