using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// The descriptor protocol (Objects/object.c PyObject_GenericGetAttr, Objects/typeobject.c
/// type_getattro): what an attribute found on a class becomes when read through an instance or
/// the class, and which attributes take over writes. A function binds to the instance; a
/// classmethod to the class; a staticmethod is its function; a property and any object whose class
/// defines <c>__set__</c> or <c>__delete__</c> is a data descriptor, which comes before the
/// instance's own <c>__dict__</c>; an object whose class defines only <c>__get__</c> comes after it.
/// </summary>
internal static class Descriptors
{
    /// <summary>
    /// <paramref name="attribute"/>, found on <paramref name="owner"/>'s MRO, as read through
    /// <paramref name="instance"/> (null when read through the class itself).
    /// </summary>
    public static object Get(object attribute, object? instance, PyType owner)
    {
        // The common case first: a def in the class body.
        if (attribute is Functions.PyFunction) return instance is null ? attribute : new PyMethod(instance, attribute);
        switch (attribute)
        {
            case PyClassMethod classMethod:
            {
                var cls = instance is null ? owner : PyTypes.TypeOf(instance);
                // 3.9-3.12: a classmethod over a descriptor (a property) gets it with the class (cm_descr_get).
                if (classMethod.Function is PyProperty || classMethod.Function is PyInstance d && d.Type.TryLookup("__get__", out _))
                    return Get(classMethod.Function, cls, PyTypes.TypeOf(cls));
                return classMethod.Bind(cls);
            }
            case PyStaticMethod staticMethod:
                return staticMethod.Function;
            case PyProperty property:
                return instance is null ? property : property.Get(instance);
            // An unbound super(C) read through an instance binds to it (super_descr_get).
            case PySuper { SelfClass: null } unbound when instance is not null:
                return PySuper.Construct([unbound.ThisClass, instance], null);
            case PyInstance descriptor when descriptor.Type.TryLookup("__get__", out var get):
                return PyCalls.Call(get, [descriptor, instance ?? PyNone.Instance, owner]);
            case PyType or PyMethod or PyBuiltinFunction:
                return attribute;
            case PyCallable when instance is not null && IsFunction(attribute):
                return new PyMethod(instance, attribute);
            default:
                return attribute;
        }
    }

    /// <summary>Plain functions found on a class bind to the instance; types, builtins, bound methods and other callables do not.</summary>
    private static bool IsFunction(object value) =>
        value is PyCallable and not PyType and not PyMethod and not PyBuiltinFunction and not PyStaticMethod and not PyGenericAlias;

    /// <summary>True for a data descriptor: a property, or an instance whose class defines <c>__set__</c> or <c>__delete__</c>.</summary>
    public static bool IsData(object attribute) => attribute switch
    {
        PyProperty => true,
        PyInstance descriptor => descriptor.Type.TryLookup("__set__", out _) || descriptor.Type.TryLookup("__delete__", out _),
        _ => false,
    };

    /// <summary>
    /// A write through an instance that a data descriptor takes (descr's <c>__set__</c>); false when
    /// <paramref name="attribute"/> is not one, so the write goes to the instance dict. A descriptor
    /// with <c>__delete__</c> but no <c>__set__</c> refuses the write as CPython does.
    /// </summary>
    public static bool TrySet(object attribute, object instance, object value)
    {
        switch (attribute)
        {
            case PyProperty property:
                property.Set(instance, value);
                return true;
            case PyInstance descriptor when descriptor.Type.TryLookup("__set__", out var set):
                PyCalls.Call(set, [descriptor, instance, value]);
                return true;
            case PyInstance descriptor when descriptor.Type.TryLookup("__delete__", out _):
                throw Exceptions.PyErrors.AttributeError("__set__");
            default:
                return false;
        }
    }

    /// <summary>A delete through an instance that a data descriptor takes; false when it is not one.</summary>
    public static bool TryDelete(object attribute, object instance)
    {
        switch (attribute)
        {
            case PyProperty property:
                property.Delete(instance);
                return true;
            case PyInstance descriptor when descriptor.Type.TryLookup("__delete__", out var delete):
                PyCalls.Call(delete, [descriptor, instance]);
                return true;
            case PyInstance descriptor when descriptor.Type.TryLookup("__set__", out _):
                throw Exceptions.PyErrors.AttributeError("__delete__");
            default:
                return false;
        }
    }
}
