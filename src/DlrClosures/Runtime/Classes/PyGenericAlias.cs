using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// <c>list[int]</c>, <c>dict[str, int]</c>, <c>tuple[int, ...]</c>: a built-in class subscripted, as
/// Python 3.9+ allows for annotations (CPython's <c>types.GenericAlias</c>, Objects/genericaliasobject.c).
/// Annotations are evaluated where a <c>def</c> runs, so real programs need these to exist. It
/// keeps <c>__origin__</c> and <c>__args__</c>, prints as written, calls its origin, and joins unions
/// (<see cref="PyUnionType"/>); type variables and <c>__parameters__</c> beyond the empty tuple are not
/// supported.
/// </summary>
internal sealed class PyGenericAlias : PyCallable, IPyAttributes
{
    internal PyGenericAlias(PyType origin, object index)
    {
        Origin = origin;
        Args = index is PyTuple tuple ? tuple : new PyTuple([index]);
    }

    /// <summary><c>__origin__</c>: the class subscripted.</summary>
    public PyType Origin { get; }

    /// <summary><c>__args__</c>: what it was subscripted with, always a tuple.</summary>
    public PyTuple Args { get; }

    /// <summary>The built-in classes whose <c>__class_getitem__</c> makes a generic alias in 3.11.</summary>
    internal static bool IsSubscriptable(PyType type) =>
        type == PyBuiltinTypes.List || type == PyBuiltinTypes.Dict || type == PyBuiltinTypes.Tuple
        || type == PyBuiltinTypes.Set || type == PyBuiltinTypes.Type;

    /// <summary>Calling the alias calls its origin: <c>list[int]()</c> is <c>[]</c>.</summary>
    public override object Call(object[] args) => Origin.Call(args);

    public override object Call(object[] args, string[] kwNames) => Origin.Call(args, kwNames);

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "__origin__": value = Origin; return true;
            case "__args__": value = Args; return true;
            case "__parameters__": value = PyTuple.Empty; return true;
            default: return Origin.TryGetAttribute(name, out value);
        }
    }

    public bool TrySetAttribute(string name, object value) => false;

    /// <summary>ga_repr: the origin and each argument as <see cref="ReprItem"/> writes it.</summary>
    public string Repr() => ReprItem(Origin) + "[" + (Args.Count == 0 ? "()" : string.Join(", ", Args.Items.Select(ReprItem))) + "]";

    /// <summary>
    /// How an alias or a union writes one of its arguments: <c>...</c> for Ellipsis, an alias or
    /// union as its repr, a class as its qualified name (with its module unless built in), anything
    /// else as its repr.
    /// </summary>
    internal static string ReprItem(object item) => item switch
    {
        PyEllipsis => "...",
        PyGenericAlias alias => alias.Repr(),
        PyUnionType union => union.Repr(),
        PyType { IsUserClass: true } type when type.TryGetAttribute("__module__", out var module) && module is string m && m != "builtins" =>
            $"{m}.{type.QualName}",
        PyType type => type.QualName,
        PyExceptionType type => type.Name,
        _ => PyRepr.Repr(item),
    };

    public override bool Equals(object? obj) =>
        obj is PyGenericAlias other && other.Origin == Origin && PyComparison.EqualBool(other.Args, Args);

    public override int GetHashCode() => HashCode.Combine(Origin, Args.Count);
}
