using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// <c>classmethod(f)</c> (Objects/funcobject.c, cm_descr_get): read through a class or an instance
/// it is <c>f</c> bound to the class (the instance's type when read through an instance).
/// </summary>
internal sealed class PyClassMethod(object function) : IPyAttributes, IPyTyped
{
    /// <summary><c>__func__</c>.</summary>
    public object Function { get; } = function;

    private PyDict? _dict;

    public PyType PythonType => ClassBuiltins.ClassMethodType;

    /// <summary>The method bound to <paramref name="owner"/>.</summary>
    public object Bind(PyType owner) => new PyMethod(owner, Function);

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "__func__" or "__wrapped__": value = Function; return true;
            case "__isabstractmethod__": value = PyBool.Box(false); return true;
            case "__dict__": value = _dict ??= new PyDict(); return true;
            case "__get__":
                value = new Builtins.PyBuiltinFunction("__get__", (a, k) =>
                {
                    Builtins.PyArgs.Range("__get__", a, k, 1, 2);
                    var owner = a.Length > 1 && a[1] is not PyNone ? a[1] : PyTypes.TypeOf(a[0]);
                    return new PyMethod(owner, Function);
                });
                return true;
        }
        if (_dict is not null && _dict.TryGetValue(name, out value)) return true;
        if (name is "__name__" or "__qualname__" or "__doc__" or "__module__") return PyAttributes.TryGetAttr(Function, name, out value);
        value = PyNone.Instance;
        return false;
    }

    public bool TrySetAttribute(string name, object value)
    {
        (_dict ??= new PyDict())[name] = value;
        return true;
    }

    public string Repr() => $"<classmethod({PyRepr.Repr(Function)})>";
}
