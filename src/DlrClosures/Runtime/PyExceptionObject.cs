using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime;

/// <summary>
/// An exception instance as Python code sees it: what calling a built-in exception class
/// (<c>ValueError("x")</c>) returns, and what <c>raise</c> can carry in <see cref="PyException.Value"/>.
/// </summary>
internal sealed class PyExceptionObject : IPyAttributes
{
    public PyExceptionObject(PyExceptionType type, object[] args)
    {
        Type = type;
        Args = new PyTuple(args);
    }

    public PyExceptionType Type { get; }

    /// <summary><c>args</c>: the constructor arguments.</summary>
    public PyTuple Args { get; }

    /// <summary>BaseException_str, with KeyError_str's special case of repr for a single argument.</summary>
    public string Message => Args.Count switch
    {
        0 => "",
        1 when Type.IsSubclassOf(PyExceptionType.KeyError) => PyRepr.Repr(Args.Items[0]),
        1 => PyRepr.Str(Args.Items[0]),
        _ => PyRepr.Repr(Args),
    };

    /// <summary>The .NET exception that raises this object.</summary>
    public PyException ToException() => new(Type, Message, this);

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "args": value = Args; return true;
            case "__class__": value = Type; return true;
            // StopIteration.value: the generator's return value (StopIteration_init).
            case "value" when Type.IsSubclassOf(PyExceptionType.StopIteration):
                value = Args.Count > 0 ? Args.Items[0] : PyNone.Instance;
                return true;
        }
        value = PyNone.Instance;
        return false;
    }

    public bool TrySetAttribute(string name, object value) => false;

    /// <summary>BaseException_repr: <c>ValueError('x')</c>; one argument shows without a trailing comma.</summary>
    public string Repr() => Args.Count == 1
        ? $"{Type.Name}({PyRepr.Repr(Args.Items[0])})"
        : Type.Name + PyRepr.Repr(Args);
}
