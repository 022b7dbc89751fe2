using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// <c>property(fget, fset, fdel, doc)</c> (Objects/descrobject.c): a data descriptor whose reads,
/// writes and deletes through an instance call its functions. <c>getter</c>/<c>setter</c>/<c>deleter</c>
/// make a copy with one function replaced; the name CPython 3.11 puts in its messages comes from
/// <c>__set_name__</c>, which the class statement calls.
/// </summary>
internal sealed class PyProperty : IPyAttributes, IPyTyped
{
    private PyProperty(object getter, object setter, object deleter, object doc, bool docFromGetter, string? name)
    {
        Getter = getter;
        Setter = setter;
        Deleter = deleter;
        Doc = doc;
        _docFromGetter = docFromGetter;
        Name = name;
    }

    // A doc taken from the getter follows the getter into copies (property_copy passes doc=None).
    private readonly bool _docFromGetter;

    public object Getter { get; }

    public object Setter { get; }

    public object Deleter { get; }

    public object Doc { get; private set; }

    /// <summary>The attribute name given by <c>__set_name__</c>, or null.</summary>
    public string? Name { get; private set; }

    public PyType PythonType => ClassBuiltins.PropertyType;

    /// <summary>property_init: <c>property(fget=None, fset=None, fdel=None, doc=None)</c>.</summary>
    internal static object Construct(object[] args, string[]? kw)
    {
        var values = ClassArgs.Bind("property", args, kw, ["fget", "fset", "fdel", "doc"]);
        var getter = values[0] ?? PyNone.Instance;
        var doc = values[3] ?? PyNone.Instance;
        return Make(getter, values[1] ?? PyNone.Instance, values[2] ?? PyNone.Instance, doc, null);
    }

    private static PyProperty Make(object getter, object setter, object deleter, object doc, string? name)
    {
        bool fromGetter = false;
        if (doc is PyNone && getter is not PyNone && PyAttributes.TryGetAttr(getter, "__doc__", out var getterDoc))
        {
            doc = getterDoc;
            fromGetter = true;
        }
        return new PyProperty(getter, setter, deleter, doc, fromGetter, name);
    }

    private PyProperty Copy(object getter, object setter, object deleter) =>
        Make(getter, setter, deleter, _docFromGetter ? PyNone.Instance : Doc, Name);

    /// <summary>property_descr_get with an instance.</summary>
    public object Get(object instance)
    {
        if (Getter is PyNone) throw PyErrors.AttributeError(Missing("getter", instance));
        return Getter is PyCallable getter ? getter.Call1(instance) : PyCalls.Call(Getter, [instance]);
    }

    /// <summary>property_descr_set.</summary>
    public void Set(object instance, object value)
    {
        if (Setter is PyNone) throw PyErrors.AttributeError(Missing("setter", instance));
        PyCalls.Call(Setter, [instance, value]);
    }

    /// <summary>property_descr_set with no value.</summary>
    public void Delete(object instance)
    {
        if (Deleter is PyNone) throw PyErrors.AttributeError(Missing("deleter", instance));
        PyCalls.Call(Deleter, [instance]);
    }

    // property_descr_get and friends name the class by its qualified name.
    private string Missing(string what, object instance)
    {
        string owner = instance is PyInstance i ? i.Type.QualName : PyTypes.TypeName(instance);
        return Name is null
            ? $"property of '{owner}' object has no {what}"
            : $"property '{Name}' of '{owner}' object has no {what}";
    }

    // property_get___isabstractmethod__: true when one of the functions says so.
    private object IsAbstract()
    {
        foreach (var function in new[] { Getter, Setter, Deleter })
            if (PyAttributes.TryGetAttr(function, "__isabstractmethod__", out var flag) && PyComparison.IsTrue(flag))
                return PyBool.True;
        return PyBool.False;
    }

    public bool TryGetAttribute(string name, out object value)
    {
        value = name switch
        {
            "fget" => Getter,
            "fset" => Setter,
            "fdel" => Deleter,
            "__doc__" => Doc,
            "__isabstractmethod__" => IsAbstract(),
            "getter" => Method(name, 1, a => Copy(a[0], Setter, Deleter)),
            "setter" => Method(name, 1, a => Copy(Getter, a[0], Deleter)),
            "deleter" => Method(name, 1, a => Copy(Getter, Setter, a[0])),
            "__get__" => new PyBuiltinFunction(name, (a, k) =>
            {
                PyArgs.Range(name, a, k, 1, 2);
                return a[0] is PyNone ? this : Get(a[0]);
            }),
            "__set__" => Method(name, 2, a => { Set(a[0], a[1]); return PyNone.Instance; }),
            "__delete__" => Method(name, 1, a => { Delete(a[0]); return PyNone.Instance; }),
            "__set_name__" => new PyBuiltinFunction(name, (a, k) =>
            {
                PyArgs.NoKeywords(name, k);
                if (a.Length != 2) throw PyErrors.TypeError($"__set_name__() takes 2 positional arguments but {a.Length} were given");
                SetName(a[1]);
                return PyNone.Instance;
            }),
            _ => PyUnbound.Instance,
        };
        return value is not PyUnbound;
    }

    /// <summary>property's <c>__set_name__</c>: remembers the name for its messages.</summary>
    internal void SetName(object name)
    {
        if (name is string s) Name = s;
    }

    private static PyBuiltinFunction Method(string name, int arity, Func<object[], object> body) =>
        new(name, (a, k) =>
        {
            PyArgs.Range(name, a, k, arity, arity);
            return body(a);
        });

    public bool TrySetAttribute(string name, object value)
    {
        if (name != "__doc__") return false;
        Doc = value;
        return true;
    }

    public string Repr() => $"<property object at {PyObjectIds.HexIdOf(this)}>";
}
