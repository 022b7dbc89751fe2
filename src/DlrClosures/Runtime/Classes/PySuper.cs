using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// A <c>super</c> object (Objects/typeobject.c, super_getattro): attribute lookup that starts
/// after <see cref="ThisClass"/> in the MRO of <see cref="SelfClass"/> and binds what it finds to
/// <see cref="Self"/> as reading it through the instance (or the class) would.
/// </summary>
internal sealed class PySuper : IPyAttributes, IPyTyped
{
    private PySuper(PyType thisClass, object? self, PyType? selfClass)
    {
        ThisClass = thisClass;
        Self = self;
        SelfClass = selfClass;
    }

    /// <summary><c>__thisclass__</c>: the class whose successors are searched.</summary>
    public PyType ThisClass { get; }

    /// <summary><c>__self__</c>: the instance or class bound to; null for an unbound <c>super(C)</c>.</summary>
    public object? Self { get; }

    /// <summary><c>__self_class__</c>: the class whose MRO is searched.</summary>
    public PyType? SelfClass { get; }

    public PyType PythonType => ClassBuiltins.SuperType;

    /// <summary>What the binder passes as the first argument of <c>super()</c> in a comprehension: its iterator, never an instance.</summary>
    internal static readonly object ComprehensionIterator = new PyTuple([]);

    /// <summary>What the binder passes for <c>__class__</c> when no enclosing class makes the cell.</summary>
    internal static readonly object NoClassCell = new PyTuple([]);

    /// <summary>
    /// <c>super()</c> (super_init_without_args): called by the code the binder makes, with the value
    /// <c>super</c> names, the <c>__class__</c> cell's contents and the function's first argument.
    /// </summary>
    internal static readonly PyBuiltinFunction ZeroArguments = new("super", (args, kw) =>
    {
        if (!ReferenceEquals(args[0], ClassBuiltins.SuperType)) return PyCalls.Call(args[0], []);
        if (args[3] is false) throw PyErrors.RuntimeError("super(): no arguments");
        if (args[2] is PyUnbound) throw PyErrors.RuntimeError("super(): arg[0] deleted");
        if (ReferenceEquals(args[1], NoClassCell)) throw PyErrors.RuntimeError("super(): __class__ cell not found");
        if (args[1] is PyUnbound) throw PyErrors.RuntimeError("super(): empty __class__ cell");
        if (args[1] is not PyType type)
            throw PyErrors.RuntimeError($"super(): __class__ is not a type ({PyTypes.TypeName(args[1])})");
        return Make(type, args[2]);
    });

    /// <summary><c>super(type)</c> and <c>super(type, obj)</c> (super_init).</summary>
    internal static object Construct(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("super", kw);
        if (args.Length == 0) throw PyErrors.RuntimeError("super(): no arguments");
        if (args.Length > 2) throw PyErrors.TypeError($"super() expected at most 2 arguments, got {args.Length}");
        if (args[0] is not PyType type)
            throw PyErrors.TypeError($"super() argument 1 must be a type, not {PyTypes.TypeName(args[0])}");
        if (args.Length == 1 || args[1] is PyNone) return new PySuper(type, null, null);
        return Make(type, args[1]);
    }

    // supercheck: obj is a subclass of type (super in a classmethod), or an instance of it.
    private static PySuper Make(PyType type, object obj)
    {
        if (!ReferenceEquals(obj, ComprehensionIterator))
        {
            if (obj is PyType cls && cls.IsSubclassOf(type)) return new PySuper(type, obj, cls);
            var objType = PyTypes.TypeOf(obj);
            if (objType.IsSubclassOf(type)) return new PySuper(type, obj, objType);
        }
        throw PyErrors.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    public bool TryGetAttribute(string name, out object value)
    {
        if (SelfClass is not null && name != "__class__")
        {
            var mro = SelfClass.MroArray;
            int i = 0;
            while (i < mro.Length && !ReferenceEquals(mro[i], ThisClass)) i++;
            var instance = ReferenceEquals(Self, SelfClass) ? null : Self;
            long hash = PyHashing.HashString(name);
            for (i++; i < mro.Length; i++)
            {
                var type = mro[i];
                if (type.Dict is { } dict)
                {
                    if (dict.TryGetValue(name, hash, out var attribute))
                    {
                        value = Descriptors.Get(attribute, instance, SelfClass);
                        return true;
                    }
                }
                else if (TypeSlots.TryGetBuiltin(type, name, instance, SelfClass, out value))
                {
                    return true;
                }
            }
        }
        switch (name)
        {
            case "__thisclass__": value = ThisClass; return true;
            case "__self__": value = Self ?? PyNone.Instance; return true;
            case "__self_class__": value = (object?)SelfClass ?? PyNone.Instance; return true;
            case "__class__": value = ClassBuiltins.SuperType; return true;
        }
        value = PyNone.Instance;
        return false;
    }

    public bool TrySetAttribute(string name, object value) => false;

    public string Repr() => SelfClass is null
        ? $"<super: <class '{ThisClass.Name}'>, NULL>"
        : $"<super: <class '{ThisClass.Name}'>, <{SelfClass.Name} object>>";
}
