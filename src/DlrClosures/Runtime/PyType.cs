using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Methods;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime;

/// <summary>A Python class: a built-in type (int, str, list, ...) or one defined by a class statement.</summary>
/// <remarks>
/// Built-in types carry a constructor delegate (what <c>int(x)</c> does); classes made by
/// <see cref="CreateClass"/> carry a namespace dict and build <see cref="PyInstance"/>s, running
/// <c>__init__</c> as type_call in Objects/typeobject.c does.
/// </remarks>
internal class PyType : PyCallable, IPyAttributes
{
    private readonly Func<object[], string[]?, object>? _construct;
    private IReadOnlyList<PyType>? _mro;

    public PyType(string name) : this(name, name, [], null, null) { }

    internal PyType(string name, PyType? baseType, Func<object[], string[]?, object>? construct)
        : this(name, name, baseType is null ? [] : [baseType], construct, null) { }

    private PyType(string name, string qualName, PyType[] bases, Func<object[], string[]?, object>? construct, PyDict? dict, PyType? metaclass = null)
    {
        Name = name;
        QualName = qualName;
        Bases = bases;
        _construct = construct;
        Dict = dict;
        _metaclass = metaclass;
    }

    private readonly PyType? _metaclass;

    /// <summary>The class of this class (<c>type(C)</c>): <c>type</c> unless a metaclass made it.</summary>
    public PyType Metaclass => _metaclass ?? PyBuiltinTypes.Type;

    public string Name { get; }

    /// <summary><c>__qualname__</c>: <c>Outer.Inner</c> for nested classes.</summary>
    public string QualName { get; }

    /// <summary>Direct bases as written; empty means <c>object</c>.</summary>
    public IReadOnlyList<PyType> Bases { get; }

    /// <summary>The class namespace for user classes; null for built-in types.</summary>
    public PyDict? Dict { get; }

    /// <summary>True for classes made by a class statement.</summary>
    public bool IsUserClass => Dict is not null;

    /// <summary>The method resolution order, this type first and <c>object</c> last.</summary>
    public IReadOnlyList<PyType> Mro => _mro ??= ClassMro.Compute(this);

    // The MRO as an array, for the lookups on every attribute access (an indexed loop, no enumerator).
    private PyType[]? _mroArray;
    internal PyType[] MroArray => _mroArray ??= [.. Mro];

    /// <summary>
    /// What a class statement makes: <paramref name="namespace"/> is the dict the class body filled
    /// (functions become methods, other values class attributes). <paramref name="bases"/> may be empty.
    /// </summary>
    public static PyType CreateClass(string name, string qualname, PyType[] bases, PyDict @namespace, PyType? metaclass = null)
    {
        if (!@namespace.ContainsKey("__module__")) @namespace["__module__"] = "__main__";
        return new PyType(name, qualname, bases, null, @namespace, ReferenceEquals(metaclass, PyBuiltinTypes.Type) ? null : metaclass);
    }

    /// <summary>True when this type is <paramref name="other"/> or derives from it.</summary>
    public bool IsSubclassOf(PyType other)
    {
        if (ReferenceEquals(this, other) || ReferenceEquals(other, PyBuiltinTypes.Object)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <summary>Finds <paramref name="name"/> in the namespaces along the MRO (_PyType_Lookup).</summary>
    public bool TryLookup(string name, out object value) => TryLookup(name, PyHashing.HashString(name), out value);

    /// <summary>As <see cref="TryLookup(string, out object)"/>, with the name's hash already known: one hash for the whole MRO.</summary>
    internal bool TryLookup(string name, long hash, out object value)
    {
        foreach (var t in MroArray)
            if (t.Dict is { } dict && dict.TryGetValue(name, hash, out value)) return true;
        value = PyNone.Instance;
        return false;
    }

    public override object Call(object[] args) => Call(args, []);

    /// <summary>
    /// <c>C(...)</c>: a built-in type's constructor; for a class, its metaclass's <c>__call__</c>
    /// when a user metaclass defines one, else type_call (<see cref="ClassCalls.TypeCall"/>).
    /// </summary>
    public override object Call(object[] args, string[] kwNames)
    {
        if (_construct is not null) return _construct(args, kwNames.Length == 0 ? null : kwNames);
        if (!IsUserClass) throw PyErrors.TypeError(PyMessages.CannotCreateInstances(Name));
        if (_metaclass is { IsUserClass: true } meta && meta.TryLookup("__call__", out var call))
            return PyCalls.Call(Descriptors.Get(call, this, meta), args, kwNames);
        return ClassCalls.TypeCall(this, args, kwNames);
    }

    /// <summary>
    /// <c>C.name</c> (type_getattro): the metaclass's data descriptors, then the class's MRO (a
    /// function as itself, a classmethod bound to the class, a descriptor's <c>__get__(None, C)</c>),
    /// then what the metaclass gives (its methods bound to the class).
    /// </summary>
    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "__name__": value = Name; return true;
            case "__qualname__": value = QualName; return true;
            case "__module__" when !IsUserClass: value = "builtins"; return true;
            case "__bases__":
                value = new PyTuple(Bases.Count == 0 && !ReferenceEquals(this, PyBuiltinTypes.Object)
                    ? [PyBuiltinTypes.Object] : Bases.ToArray<object>());
                return true;
            case "__base__":
                value = Bases.Count > 0 ? Bases[0] : ReferenceEquals(this, PyBuiltinTypes.Object) ? PyNone.Instance : PyBuiltinTypes.Object;
                return true;
            case "__mro__": value = new PyTuple(Mro.ToArray<object>()); return true;
            case "__class__": value = Metaclass; return true;
            case "__dict__" when Dict is not null: value = Dict; return true;
        }
        object? metaAttribute = null;
        var meta = Metaclass;
        if (meta.IsUserClass && meta.TryLookup(name, out var found))
        {
            if (Descriptors.IsData(found))
            {
                value = Descriptors.Get(found, this, meta);
                return true;
            }
            metaAttribute = found;
        }
        if (TryLookup(name, out value))
        {
            value = Descriptors.Get(value, null, this);
            return true;
        }
        if (TypeSlots.TryGetAlongMro(this, name, null, out value)) return true;
        if (metaAttribute is not null)
        {
            value = Descriptors.Get(metaAttribute, this, meta);
            return true;
        }
        if (name == "__doc__" && IsUserClass)
        {
            value = PyNone.Instance;
            return true;
        }
        return TypeSlots.TryGetBuiltin(PyBuiltinTypes.Type, name, this, meta, out value);
    }

    /// <summary><c>C.name = value</c>: a data descriptor of the metaclass takes it, else the class namespace.</summary>
    public bool TrySetAttribute(string name, object value)
    {
        if (Dict is null) return false;
        if (Metaclass.IsUserClass && Metaclass.TryLookup(name, out var found) && Descriptors.TrySet(found, this, value)) return true;
        Dict[name] = value;
        ClassChanged();
        return true;
    }

    /// <summary>Removes <paramref name="name"/> from a user class's namespace (<c>del C.name</c>); false when it is not there.</summary>
    internal bool TryDeleteAttribute(string name)
    {
        if (Dict is null || !Dict.Remove(name)) return false;
        ClassChanged();
        return true;
    }

    // Bumped whenever a class namespace changes after its class statement: every cached
    // AttributeHooks answer is then recomputed, a base's new __setattr__ reaching its subclasses too.
    private static int s_classVersion;
    private int _hooksVersion = -1;
    private AttributeHooks _hooks;

    private static void ClassChanged() => Interlocked.Increment(ref s_classVersion);

    /// <summary>
    /// Which of <c>__getattribute__</c>, <c>__getattr__</c>, <c>__setattr__</c>, <c>__delattr__</c> a
    /// user class defines along its MRO (slot_tp_getattr_hook, slot_tp_setattro), and whether any
    /// class of it holds a data descriptor (which comes before the instance dict): instance attribute access asks on
    /// every read and write, so the answer is cached until a class namespace changes.
    /// </summary>
    internal AttributeHooks Hooks
    {
        get
        {
            int version = Volatile.Read(ref s_classVersion);
            if (_hooksVersion == version) return _hooks;
            var hooks = AttributeHooks.None;
            if (TryLookup("__getattribute__", out _)) hooks |= AttributeHooks.GetAttribute;
            if (TryLookup("__getattr__", out _)) hooks |= AttributeHooks.GetAttr;
            foreach (var t in MroArray)
                if (t.Dict is { } dict && dict.Values.Any(Descriptors.IsData)) hooks |= AttributeHooks.DataDescriptors;
            if (TryLookup("__setattr__", out _)) hooks |= AttributeHooks.SetAttr;
            if (TryLookup("__delattr__", out _)) hooks |= AttributeHooks.DelAttr;
            _hooks = hooks;
            _hooksVersion = version;
            return hooks;
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        IsUserClass && Dict!.TryGetValue("__module__", out var m) && m is string module && module != "builtins"
            ? $"<class '{module}.{QualName}'>"
            : $"<class '{QualName}'>";
}
