using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// <c>int | None</c>, <c>int | str</c>, <c>list[int] | None</c>: CPython 3.10+'s <c>types.UnionType</c>
/// (Objects/unionobject.c), made by <c>|</c> between classes, generic aliases, unions and None, as
/// annotations write optional and alternative types. Arguments are flattened and deduplicated in
/// order, None is kept as <c>NoneType</c>, and a union of one class is that class. <c>isinstance</c>
/// and <c>issubclass</c> accept a union as they accept a tuple.
/// </summary>
internal sealed class PyUnionType : IPyAttributes
{
    private PyUnionType(PyTuple args) => Args = args;

    /// <summary><c>__args__</c>: the alternatives, None as <c>NoneType</c>.</summary>
    public PyTuple Args { get; }

    /// <summary><c>a | b</c> when both sides can be part of a union (a class, an alias, a union or None, not both None).</summary>
    internal static bool TryMake(object a, object b, out object union)
    {
        union = null!;
        if (!IsUnionable(a) || !IsUnionable(b) || (a is PyNone && b is PyNone)) return false;
        var args = new List<object>();
        foreach (var side in new[] { a, b })
        {
            var items = side is PyUnionType u ? u.Args.Items : [side is PyNone ? PyBuiltinTypes.NoneType : side];
            foreach (var item in items)
                if (!args.Any(known => ReferenceEquals(known, item) || known.Equals(item))) args.Add(item);
        }
        union = args.Count == 1 ? args[0] : new PyUnionType(new PyTuple([.. args]));
        return true;
    }

    private static bool IsUnionable(object value) =>
        value is PyNone or PyType or PyExceptionType or PyGenericAlias or PyUnionType;

    /// <summary>The classes <c>isinstance</c> and <c>issubclass</c> check; an alias among them is CPython's TypeError.</summary>
    internal PyTuple ClassesForCheck(string function)
    {
        if (Args.Items.Any(item => item is PyGenericAlias))
            throw PyErrors.TypeError($"{function}() argument 2 cannot be a parameterized generic");
        return Args;
    }

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "__args__": value = Args; return true;
            case "__parameters__": value = PyTuple.Empty; return true;
            default: value = null!; return false;
        }
    }

    public bool TrySetAttribute(string name, object value) => false;

    /// <summary>union_repr: the alternatives joined by <c> | </c>, NoneType written None.</summary>
    public string Repr() => string.Join(" | ", Args.Items.Select(item =>
        item == PyBuiltinTypes.NoneType ? "None" : PyGenericAlias.ReprItem(item)));

    public override bool Equals(object? obj) =>
        obj is PyUnionType other && other.Args.Count == Args.Count && Args.Items.All(item => other.Args.Items.Contains(item));

    public override int GetHashCode() => Args.Count;
}
