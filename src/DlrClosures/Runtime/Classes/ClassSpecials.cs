using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// Special methods a user metaclass defines for its classes (<c>repr(C)</c>, <c>C[k]</c>,
/// <c>isinstance(x, C)</c>, <c>len(C)</c>, <c>iter(C)</c>), and <c>__class_getitem__</c>: looked up on
/// the class's class, as CPython's slots are, never on the class itself.
/// </summary>
internal static class ClassSpecials
{
    /// <summary>Calls <paramref name="name"/> of <paramref name="cls"/>'s user metaclass bound to <paramref name="cls"/>; false when it has none.</summary>
    public static bool TryInvoke(PyType cls, string name, object[] args, out object result)
    {
        var meta = cls.Metaclass;
        if (meta.IsUserClass && meta.TryLookup(name, out var method))
        {
            result = PyCalls.Call(Descriptors.Get(method, cls, meta), args);
            return true;
        }
        result = PyNone.Instance;
        return false;
    }

    /// <summary>type_repr, or the metaclass's <c>__repr__</c>.</summary>
    public static string Repr(PyType cls) =>
        TryInvoke(cls, "__repr__", [], out var r)
            ? r as string ?? throw Exceptions.PyErrors.TypeError($"__repr__ returned non-string (type {PyTypes.TypeName(r)})")
            : cls.ToString();

    /// <summary>
    /// <c>C[index]</c> for a user class (PyObject_GetItem): the metaclass's <c>__getitem__</c>, else
    /// the class's own <c>__class_getitem__</c>; false when neither exists.
    /// </summary>
    public static bool TryGetItem(PyType cls, object index, out object result)
    {
        if (!cls.IsUserClass)
        {
            result = PyNone.Instance;
            return false;
        }
        if (TryInvoke(cls, "__getitem__", [index], out result)) return true;
        if (cls.TryLookup("__class_getitem__", out var method))
        {
            result = PyCalls.Call(Descriptors.Get(method, null, cls), [index]);
            return true;
        }
        return false;
    }
}
