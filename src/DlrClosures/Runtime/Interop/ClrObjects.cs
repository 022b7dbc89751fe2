using System.Collections;
using System.Dynamic;
using System.Numerics;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// .NET objects in Python's protocols: the runtime operations (attribute access, calls) ask here
/// after the Python types, so both engines, every call site's binder and builtins such as
/// <c>getattr</c> see one behaviour. Collections live in <see cref="ClrCollections"/>, operators,
/// comparison, hashing and <c>str</c> in <see cref="ClrOperators"/>.
/// </summary>
internal static class ClrObjects
{
    /// <summary>
    /// True for a host's object: not one of the runtime's Python values (int, float, str, bool and
    /// the runtime's own types) but a .NET object that came in through a scope or a .NET member.
    /// </summary>
    public static bool IsClr(object value) =>
        value is not (long or BigInteger or string or bool or double or StrongBox<object>)
        && value.GetType().Assembly != typeof(PyCallable).Assembly;

    /// <summary>True for a dynamic object of another language or library (ExpandoObject, DynamicObject), whose own meta-object binds first.</summary>
    public static bool IsForeignDynamic(object? value) =>
        value is IDynamicMetaObjectProvider && value.GetType().Assembly != typeof(PyCallable).Assembly;

    /// <summary>The instance member <paramref name="name"/> of <paramref name="type"/>, if it has one.</summary>
    public static ClrMember? FindMember(Type type, string name) =>
        ClrTypeInfo.Of(type).TryGetInstance(name, out var member) ? member : null;

    /// <summary><c>obj.name</c> on a .NET object: its member, or a Python method of the collection protocols (<c>append</c>, <c>keys</c>, ...).</summary>
    public static bool TryGetMember(object target, string name, out object value)
    {
        if (FindMember(target.GetType(), name) is { } member)
        {
            value = member.Get(target);
            return true;
        }
        return ClrCollections.TryGetPythonMethod(target, name, out value);
    }

    /// <summary><c>obj.name = value</c> on a .NET object; false when the type has no such member.</summary>
    public static bool TrySetMember(object target, string name, object value)
    {
        if (FindMember(target.GetType(), name) is not { } member) return false;
        member.Set(target, value, ClrTypeNames.Name(target.GetType()));
        return true;
    }

    /// <summary>Calls a delegate with Python arguments, converting them to its parameter types.</summary>
    public static object CallDelegate(Delegate target, object[] args, string[]? kwNames) =>
        ClrMethodGroup.ForDelegate(target).Call(args, kwNames ?? []);

    /// <summary>The names <c>dir()</c> shows for a .NET object.</summary>
    public static IEnumerable<string> MemberNames(object target) => ClrTypeInfo.Of(target.GetType()).InstanceNames;
}
