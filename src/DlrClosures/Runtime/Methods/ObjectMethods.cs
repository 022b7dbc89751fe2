using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>
/// object's attribute methods (PyObject_GenericGetAttr, PyObject_GenericSetAttr in
/// Objects/object.c): what a class's own <c>__getattribute__</c>, <c>__setattr__</c> or
/// <c>__delattr__</c> calls to do the default work without reaching itself again.
/// </summary>
internal static class ObjectMethods
{
    public static void Register(Dictionary<string, MethodBody> t)
    {
        t["__getattribute__"] = (s, a, k) =>
        {
            // CPython's wrapper names no function in its arity message.
            PyArgs.Range("", a, k, 1, 1);
            string name = Name(a[0]);
            if (s is PyInstance instance)
                return instance.TryGetGeneric(name, out var value) ? value : throw NoAttribute(instance, name);
            return PyAttributes.GetAttr(s, name);
        };
        t["__setattr__"] = (s, a, k) =>
        {
            PyArgs.Range("", a, k, 2, 2);
            string name = Name(a[0]);
            if (s is PyInstance instance) instance.SetGeneric(name, a[1]);
            else PyAttributes.SetAttr(s, name, a[1]);
            return PyNone.Instance;
        };
        t["__delattr__"] = (s, a, k) =>
        {
            PyArgs.Range("", a, k, 1, 1);
            string name = Name(a[0]);
            if (s is PyInstance instance)
            {
                if (!instance.DeleteGeneric(name)) throw NoAttribute(instance, name);
            }
            else
            {
                PyAttributes.DelAttr(s, name);
            }
            return PyNone.Instance;
        };
    }

    private static string Name(object value) =>
        value as string ?? throw PyErrors.TypeError(PyMessages.AttributeNameMustBeString(PyTypes.TypeName(value)));

    private static PyException NoAttribute(PyInstance instance, string name) =>
        PyErrors.AttributeError(PyMessages.NoAttribute(instance.Type.Name, name));
}
