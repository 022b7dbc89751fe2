using System.Collections.Concurrent;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// A .NET type a host exposed (<c>scope.SetVariable("Math", typeof(Math))</c>: every
/// <see cref="Type"/> that crosses into a script becomes one). Its attributes are the type's public
/// static members and nested types (<c>Math.Max</c>, <c>Color.Red</c>, <c>DateTime.Now</c>); calling
/// it calls a constructor; a generic definition takes its arguments by subscription
/// (<c>List[int]</c>). There is one per type, so <c>is</c> works, and it goes back to a host as the
/// <see cref="System.Type"/> itself.
/// </summary>
internal sealed class ClrType : PyCallable, IPyAttributes
{
    private static readonly ConcurrentDictionary<Type, ClrType> s_types = new();

    private ClrType(Type type)
    {
        Type = type;
        Info = ClrTypeInfo.Of(type);
    }

    public static ClrType Of(Type type) => s_types.GetOrAdd(type, t => new ClrType(t));

    public Type Type { get; }

    public ClrTypeInfo Info { get; }

    public override object Call(object[] args) => Call(args, []);

    public override object Call(object[] args, string[] kwNames)
    {
        ClrAccess.CheckConstruction(Type);
        if (Type.IsAbstract && Type.IsSealed) throw PyErrors.TypeError(InteropMessages.StaticClass(Info.Name));
        // A struct has no parameterless constructor in metadata, but C# lets you write new T().
        if (args.Length == 0 && Type.IsValueType) return PyConversions.FromClr(Activator.CreateInstance(Type));
        return ClrOverloads.Invoke(Info.Name, Info.Constructors, null, args, kwNames);
    }

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "__name__" or "__qualname__":
                value = Info.Name;
                return true;
        }
        if (Info.TryGetStatic(name, out var member) && member.IsVisible)
        {
            value = member.Get(null);
            return true;
        }
        value = PyNone.Instance;
        return false;
    }

    public bool TrySetAttribute(string name, object value)
    {
        if (!Info.TryGetStatic(name, out var member) || !member.IsVisible) return false;
        member.Set(null, value, Info.Name);
        return true;
    }

    /// <summary><c>List[int]</c>, <c>Dictionary[str, int]</c>: a generic definition closed over the given types.</summary>
    public object MakeGeneric(object index)
    {
        var arguments = (index is PyTuple tuple ? tuple.Items : [index]).Select(ToType).ToArray();
        if (!Type.IsGenericTypeDefinition || Type.GetGenericArguments().Length != arguments.Length)
            throw PyErrors.TypeError($"'{Info.Name}' is not a generic type with {arguments.Length} type argument{(arguments.Length == 1 ? "" : "s")}");
        try
        {
            return Of(Type.MakeGenericType(arguments));
        }
        catch (ArgumentException error)
        {
            throw PyErrors.TypeError(error.Message);
        }
    }

    // Python's own types stand for the .NET types their values convert to most naturally (IronPython's mapping).
    private static Type ToType(object value)
    {
        if (value is ClrType clr) return clr.Type;
        if (ReferenceEquals(value, PyBuiltinTypes.Int)) return typeof(int);
        if (ReferenceEquals(value, PyBuiltinTypes.Str)) return typeof(string);
        if (ReferenceEquals(value, PyBuiltinTypes.Float)) return typeof(double);
        if (ReferenceEquals(value, PyBuiltinTypes.Bool)) return typeof(bool);
        if (value is PyType { Name: "object" }) return typeof(object);
        throw PyErrors.TypeError($"expected a type, not {Operations.PyTypes.TypeName(value)}");
    }

    public override string ToString() => $"<class '{ClrTypeNames.FullName(Type)}'>";
}
