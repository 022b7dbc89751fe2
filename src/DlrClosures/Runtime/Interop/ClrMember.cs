using System.Reflection;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// One named member of a .NET type as a script sees it: a property, a field, a method group, an
/// event or a nested type. Resolved once per (type, name) by <see cref="ClrTypeInfo"/>, so a call
/// site's rule holds the member itself and reads it without searching.
/// </summary>
internal abstract class ClrMember(string name)
{
    public string Name { get; } = name;

    /// <summary>The member's value on <paramref name="target"/> (null for a static member), as a Python value.</summary>
    public abstract object Get(object? target);

    /// <summary>Assigns <paramref name="value"/> (a Python value), converted to the member's type.</summary>
    public virtual void Set(object? target, object value, string ownerName) =>
        throw PyErrors.AttributeError(InteropMessages.ReadOnly(Name, ownerName));

    /// <summary>Runs host code, mapping what it throws to a Python exception at this boundary.</summary>
    protected static T Guard<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (Exception error) when (ClrExceptions.IsHostException(error))
        {
            throw ClrExceptions.ToPython(error);
        }
    }
}

internal sealed class ClrProperty(PropertyInfo property) : ClrMember(property.Name)
{
    private readonly MethodInfo? _getter = property.GetGetMethod();
    private readonly MethodInfo? _setter = property.GetSetMethod();

    public override object Get(object? target) =>
        _getter is null
            ? throw PyErrors.AttributeError($"unreadable attribute '{Name}'")
            : PyConversions.FromClr(Guard(() => _getter.Invoke(target, BindingFlags.DoNotWrapExceptions, null, [], null)));

    public override void Set(object? target, object value, string ownerName)
    {
        if (_setter is null) base.Set(target, value, ownerName);
        var converted = ClrConversion.Convert(value, property.PropertyType);
        Guard(() => _setter!.Invoke(target, BindingFlags.DoNotWrapExceptions, null, [converted], null));
    }
}

internal sealed class ClrField(FieldInfo field) : ClrMember(field.Name)
{
    public override object Get(object? target) => PyConversions.FromClr(field.GetValue(target));

    public override void Set(object? target, object value, string ownerName)
    {
        if (field.IsInitOnly || field.IsLiteral) base.Set(target, value, ownerName);
        field.SetValue(target, ClrConversion.Convert(value, field.FieldType));
    }
}

internal sealed class ClrMethods(string name, string ownerName, MethodInfo[] overloads) : ClrMember(name)
{
    public override object Get(object? target) => new ClrMethodGroup(ownerName + "." + Name, overloads, target);
}

internal sealed class ClrEventMember(EventInfo info) : ClrMember(info.Name)
{
    public override object Get(object? target) => new ClrBoundEvent(info, target);

    // obj.Changed += f reads the event, adds to it, and assigns the result back: that assignment of
    // the same event is accepted and does nothing (IronPython's BoundEvent does the same).
    public override void Set(object? target, object value, string ownerName)
    {
        if (value is ClrBoundEvent bound && bound.Event == info && ReferenceEquals(bound.Target, target)) return;
        throw PyErrors.AttributeError(InteropMessages.EventAssignment(Name));
    }
}

internal sealed class ClrNestedType(Type type) : ClrMember(type.Name)
{
    public override object Get(object? target) => ClrType.Of(type);
}
