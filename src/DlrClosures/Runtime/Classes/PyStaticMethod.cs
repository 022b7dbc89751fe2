using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// <c>staticmethod(f)</c> (Objects/funcobject.c, sm_descr_get): read through a class or an
/// instance it is <c>f</c> itself; callable directly since 3.10.
/// </summary>
internal sealed class PyStaticMethod(object function) : PyCallable, IPyAttributes, IPyTyped
{
    /// <summary><c>__func__</c>.</summary>
    public object Function { get; } = function;

    private PyDict? _dict;

    public PyType PythonType => ClassBuiltins.StaticMethodType;

    public override object Call(object[] args) => PyCalls.Call(Function, args);

    public override object Call(object[] args, string[] kwNames) => PyCalls.Call(Function, args, kwNames);

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "__func__" or "__wrapped__": value = Function; return true;
            case "__isabstractmethod__": value = PyBool.Box(false); return true;
            case "__dict__": value = _dict ??= new PyDict(); return true;
            case "__get__":
                value = new Builtins.PyBuiltinFunction("__get__", (a, k) => Function);
                return true;
        }
        if (_dict is not null && _dict.TryGetValue(name, out value)) return true;
        // __name__, __doc__, __qualname__ are copied from the function since 3.10.
        if (name is "__name__" or "__qualname__" or "__doc__" or "__module__") return PyAttributes.TryGetAttr(Function, name, out value);
        value = PyNone.Instance;
        return false;
    }

    public bool TrySetAttribute(string name, object value)
    {
        (_dict ??= new PyDict())[name] = value;
        return true;
    }

    public string Repr() => $"<staticmethod({PyRepr.Repr(Function)})>";
}
