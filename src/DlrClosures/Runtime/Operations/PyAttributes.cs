using System.Numerics;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Methods;

namespace DlrClosures.Runtime.Operations;

/// <summary>Attribute access: objects that implement <see cref="IPyAttributes"/> answer for themselves; built-in values (str, list, dict, set, tuple, int, float) expose their methods as bound builtins.</summary>
internal static class PyAttributes
{
    public static object GetAttr(object target, string name) =>
        TryGetAttr(target, name, out var value) ? value : throw NoAttribute(target, name);

    public static void SetAttr(object target, string name, object value)
    {
        switch (target)
        {
            case StrongBox<object> cell when name == "cell_contents":
                cell.Value = value;
                return;
            case IPyAttributes attributes when attributes.TrySetAttribute(name, value):
                return;
            case PyType type:
                throw PyErrors.TypeError(PyMessages.CannotSetBuiltinTypeAttribute(type.Name, name));
            case var _ when Interop.ClrObjects.IsClr(target) && Interop.ClrObjects.TrySetMember(target, name, value):
                return;
        }
        if (!(target is IPyAttributes) && TryGetDataAttribute(target, name, out _))
            throw PyErrors.AttributeError(PyMessages.AttributeNotWritable(name, PyTypes.TypeName(target)));
        throw NoAttribute(target, name);
    }

    public static void DelAttr(object target, string name)
    {
        switch (target)
        {
            case StrongBox<object> cell when name == "cell_contents":
                cell.Value = PyUnbound.Instance;
                return;
            case PyInstance instance when instance.TryDeleteAttribute(name):
                return;
            case PyType type when type.TryDeleteAttribute(name):
                return;
            case PyExceptionObject exception when exception.TryDeleteAttribute(name):
                return;
            case Imports.PyModule module when module.TryDeleteAttribute(name):
                return;
        }
        throw NoAttribute(target, name);
    }

    public static bool HasAttr(object target, string name)
    {
        try
        {
            return TryGetAttr(target, name, out _);
        }
        catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.AttributeError))
        {
            return false;
        }
    }

    /// <summary>Looks <paramref name="name"/> up without raising when it is missing.</summary>
    public static bool TryGetAttr(object target, string name, out object value)
    {
        switch (target)
        {
            case IPyAttributes attributes:
                if (attributes.TryGetAttribute(name, out value)) return true;
                if (name == "__class__") { value = PyTypes.TypeOf(target); return true; }
                return false;
            case StrongBox<object> cell when name == "cell_contents":
                value = cell.Value is null or PyUnbound ? throw PyErrors.ValueError(PyMessages.CellIsEmpty) : cell.Value;
                return true;
            case PyExceptionType type when name == "__name__" || name == "__qualname__":
                value = type.Name;
                return true;
            case PyBuiltinFunction builtin:
                value = name switch
                {
                    "__name__" or "__qualname__" => builtin.Name,
                    "__self__" => builtin.Self ?? PyNone.Instance,
                    _ => PyUnbound.Instance,
                };
                if (value is not PyUnbound) return true;
                break;
        }
        if (TryGetDataAttribute(target, name, out value)) return true;
        if (Interop.ClrObjects.IsClr(target)) return Interop.ClrObjects.TryGetMember(target, name, out value);
        return BuiltinMethods.TryGetBound(target, name, out value);
    }

    /// <summary>The non-method attributes of built-in values: int.real, float.imag, __class__, ...</summary>
    internal static bool TryGetDataAttribute(object target, string name, out object value)
    {
        value = PyNone.Instance;
        if (name == "__class__")
        {
            value = PyTypes.TypeOf(target);
            return true;
        }
        switch (target)
        {
            case long or BigInteger or bool:
                switch (name)
                {
                    case "real" or "numerator": value = PyArithmetic.Plus(target); return true;
                    case "imag": value = PyInt.Box(0); return true;
                    case "denominator": value = PyInt.Box(1); return true;
                }
                break;
            case double d:
                switch (name)
                {
                    case "real": value = d; return true;
                    case "imag": value = 0.0; return true;
                }
                break;
            case PyRange range:
                switch (name)
                {
                    case "start": value = PyInt.FromBigInteger(range.BigStart); return true;
                    case "stop": value = PyInt.FromBigInteger(range.BigStop); return true;
                    case "step": value = PyInt.FromBigInteger(range.BigStep); return true;
                }
                break;
            case PyTuple tuple when Imports.StructFields.TryGet(tuple, name, out value):
                return true;
            case PySlice slice:
                switch (name)
                {
                    case "start": value = slice.Start; return true;
                    case "stop": value = slice.Stop; return true;
                    case "step": value = slice.Step; return true;
                }
                break;
        }
        return false;
    }

    private static PyException NoAttribute(object target, string name) => PyDir.WithSuggestion(target switch
    {
        Imports.PyModule module => module.NoAttribute(name),
        PyType type => PyErrors.AttributeError(PyMessages.TypeHasNoAttribute(type.Name, name)),
        PyExceptionType type => PyErrors.AttributeError(PyMessages.TypeHasNoAttribute(type.Name, name)),
        Interop.ClrType type => PyErrors.AttributeError(PyMessages.TypeHasNoAttribute(type.Info.Name, name)),
        _ => PyErrors.AttributeError(PyMessages.NoAttribute(PyTypes.TypeName(target), name)),
    }, target, name);
}
