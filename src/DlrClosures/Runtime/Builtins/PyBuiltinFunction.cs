namespace DlrClosures.Runtime.Builtins;

/// <summary>
/// A function implemented in C#: a builtin such as <c>len</c>, or a method of a built-in type bound
/// to its object (<c>[].append</c>), or such a method taken from the type (<c>str.upper</c>).
/// The body receives the positional arguments followed by the keyword values, as
/// <see cref="PyCallable.Call(object[], string[])"/> defines, and null when there are no keywords.
/// </summary>
internal sealed class PyBuiltinFunction : PyCallable
{
    private readonly Func<object[], string[]?, object>? _body;
    private readonly Func<object, object>? _call1;

    // A method of a built-in type bound to Self: called directly, so binding `d.get` allocates no closure.
    private readonly Methods.MethodBody? _method;

    public PyBuiltinFunction(string name, Func<object[], string[]?, object> body, Func<object, object>? call1 = null)
    {
        Name = name;
        _body = body;
        _call1 = call1;
    }

    internal PyBuiltinFunction(string name, Func<object[], string[]?, object> body, object? self, string? ownerType)
        : this(name, body)
    {
        Self = self;
        OwnerType = ownerType;
    }

    internal PyBuiltinFunction(string name, Methods.MethodBody method, object self)
    {
        Name = name;
        _method = method;
        Self = self;
    }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; }

    /// <summary>The object a bound method belongs to; null for plain builtin functions.</summary>
    public object? Self { get; }

    /// <summary>For a method taken from its type (<c>str.upper</c>), the type's name; else null.</summary>
    public string? OwnerType { get; }

    public override object Call(object[] args) => _method is null ? _body!(args, null) : _method(Self!, args, null);

    public override object Call(object[] args, string[] kwNames)
    {
        var kw = kwNames.Length == 0 ? null : kwNames;
        return _method is null ? _body!(args, kw) : _method(Self!, args, kw);
    }

    public override object Call1(object a0) => _call1 is null ? Call([a0]) : _call1(a0);
}
