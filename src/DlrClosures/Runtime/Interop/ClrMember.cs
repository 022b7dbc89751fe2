using System.Reflection;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// One named member of a .NET type as a script sees it: a property, a field, a method group, an
/// event or a nested type. Resolved once per (type, name) by <see cref="ClrTypeInfo"/>, so a call
/// site's rule holds the member itself and reads it without searching.
/// </summary>
internal abstract class ClrMember(string name, Type[] guards)
{
    public string Name { get; } = name;

    /// <summary>The guarded types a script's runtime must grant for it to see this member (<see cref="ClrAccess.GuardsOf"/>); empty for most.</summary>
    public Type[] Guards { get; } = guards;

    /// <summary>True when the member needs a grant, so a call site must not bind it once for every runtime.</summary>
    public bool IsGuarded => Guards.Length > 0;

    /// <summary>Whether the script running now may see the member.</summary>
    public virtual bool IsVisible => Guards.Length == 0 || ClrAccess.Allows(Guards);

    /// <summary>The member's value on <paramref name="target"/> (null for a static member), as a Python value; absent when not granted.</summary>
    public object Get(object? target)
    {
        if (!IsVisible) throw PyErrors.AttributeError(target is null
            ? PyMessages.NoAttribute("type", Name)
            : PyMessages.NoAttribute(PyTypes.TypeName(target), Name));
        return Read(target);
    }

    /// <summary>Assigns <paramref name="value"/> (a Python value), converted to the member's type; absent when not granted.</summary>
    public void Set(object? target, object value, string ownerName)
    {
        if (!IsVisible) throw PyErrors.AttributeError(PyMessages.NoAttribute(ownerName, Name));
        Write(target, value, ownerName);
    }

    /// <summary>Reads the member once the gate let it through.</summary>
    protected abstract object Read(object? target);

    /// <summary>Writes the member once the gate let it through; read-only members raise.</summary>
    protected virtual void Write(object? target, object value, string ownerName) =>
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

internal sealed class ClrProperty(PropertyInfo property) : ClrMember(property.Name, ClrAccess.GuardsOf(property))
{
    private readonly MethodInfo? _getter = property.GetGetMethod();
    private readonly MethodInfo? _setter = property.GetSetMethod();

    protected override object Read(object? target) =>
        _getter is null
            ? throw PyErrors.AttributeError($"unreadable attribute '{Name}'")
            : PyConversions.FromClr(Guard(() => _getter.Invoke(target, BindingFlags.DoNotWrapExceptions, null, [], null)));

    protected override void Write(object? target, object value, string ownerName)
    {
        if (_setter is null) base.Write(target, value, ownerName);
        var converted = ClrConversion.Convert(value, property.PropertyType);
        Guard(() => _setter!.Invoke(target, BindingFlags.DoNotWrapExceptions, null, [converted], null));
    }
}

internal sealed class ClrField(FieldInfo field) : ClrMember(field.Name, ClrAccess.GuardsOf(field))
{
    protected override object Read(object? target) => PyConversions.FromClr(field.GetValue(target));

    protected override void Write(object? target, object value, string ownerName)
    {
        if (field.IsInitOnly || field.IsLiteral) base.Write(target, value, ownerName);
        field.SetValue(target, ClrConversion.Convert(value, field.FieldType));
    }
}

internal sealed class ClrMethods : ClrMember
{
    private readonly string _ownerName;
    private readonly MethodInfo[] _overloads;

    // The guards of each overload; null when none has any.
    private readonly Type[][]? _overloadGuards;

    public ClrMethods(string name, string ownerName, MethodInfo[] overloads) : this(name, ownerName, overloads, overloads.Select(ClrAccess.GuardsOf).ToArray()) { }

    private ClrMethods(string name, string ownerName, MethodInfo[] overloads, Type[][] guards) : base(name, GroupGuards(guards))
    {
        _ownerName = ownerName;
        _overloads = overloads;
        _overloadGuards = guards.All(g => g.Length == 0) ? null : guards;
    }

    // A group is visible when one of its overloads is, and then holds only the visible ones: a
    // method returning object next to one returning Type keeps the first.
    protected override object Read(object? target) =>
        new ClrMethodGroup(_ownerName + "." + Name, _overloadGuards is null ? _overloads : Visible(), target);

    /// <summary>A group is visible when one of its overloads is.</summary>
    public override bool IsVisible => _overloadGuards is null || _overloadGuards.Any(ClrAccess.Allows);

    private MethodInfo[] Visible() => _overloads.Where((_, i) => ClrAccess.Allows(_overloadGuards![i])).ToArray();

    // The guards of the group as a whole: none when an overload has none (the group is then always
    // there, with its guarded overloads left out by Read when not granted), else all of them.
    private static Type[] GroupGuards(Type[][] guards) =>
        guards.Length == 0 || guards.Any(g => g.Length == 0) ? [] : guards.SelectMany(g => g).Distinct().ToArray();
}

internal sealed class ClrEventMember(EventInfo info) : ClrMember(info.Name, ClrAccess.GuardsOf(info))
{
    protected override object Read(object? target) => new ClrBoundEvent(info, target);

    // obj.Changed += f reads the event, adds to it, and assigns the result back: that assignment of
    // the same event is accepted and does nothing (IronPython's BoundEvent does the same).
    protected override void Write(object? target, object value, string ownerName)
    {
        if (value is ClrBoundEvent bound && bound.Event == info && ReferenceEquals(bound.Target, target)) return;
        throw PyErrors.AttributeError(InteropMessages.EventAssignment(Name));
    }
}

internal sealed class ClrNestedType(Type type) : ClrMember(type.Name, ClrAccess.GuardsOf(type))
{
    protected override object Read(object? target) => ClrType.Of(type);
}
