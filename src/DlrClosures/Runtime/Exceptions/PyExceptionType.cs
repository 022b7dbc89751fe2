namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// A built-in exception class (<c>ValueError</c>, <c>UnboundLocalError</c>, ...) and its place in
/// CPython's hierarchy, so that an <c>except LookupError</c> can catch a <c>KeyError</c>.
/// </summary>
public sealed class PyExceptionType
{
    private PyExceptionType(string name, PyExceptionType? @base)
    {
        Name = name;
        Base = @base;
    }

    /// <summary>The class name, as in <c>type(e).__name__</c>.</summary>
    public string Name { get; }

    /// <summary>The base class; null only for <c>BaseException</c>.</summary>
    public PyExceptionType? Base { get; }

    /// <summary>True when this class is <paramref name="other"/> or derives from it.</summary>
    public bool IsSubclassOf(PyExceptionType other)
    {
        for (var t = this; t is not null; t = t.Base)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => $"<class '{Name}'>";

    // The subset of CPython 3.11's hierarchy (Objects/exceptions.c) that the runtime raises.
    public static readonly PyExceptionType BaseException = new("BaseException", null);
    public static readonly PyExceptionType Exception = new("Exception", BaseException);
    public static readonly PyExceptionType ArithmeticError = new("ArithmeticError", Exception);
    public static readonly PyExceptionType ZeroDivisionError = new("ZeroDivisionError", ArithmeticError);
    public static readonly PyExceptionType OverflowError = new("OverflowError", ArithmeticError);
    public static readonly PyExceptionType AssertionError = new("AssertionError", Exception);
    public static readonly PyExceptionType AttributeError = new("AttributeError", Exception);
    public static readonly PyExceptionType LookupError = new("LookupError", Exception);
    public static readonly PyExceptionType IndexError = new("IndexError", LookupError);
    public static readonly PyExceptionType KeyError = new("KeyError", LookupError);
    public static readonly PyExceptionType NameError = new("NameError", Exception);
    public static readonly PyExceptionType UnboundLocalError = new("UnboundLocalError", NameError);
    public static readonly PyExceptionType RuntimeError = new("RuntimeError", Exception);
    public static readonly PyExceptionType RecursionError = new("RecursionError", RuntimeError);
    public static readonly PyExceptionType NotImplementedError = new("NotImplementedError", RuntimeError);
    public static readonly PyExceptionType StopIteration = new("StopIteration", Exception);
    public static readonly PyExceptionType SyntaxError = new("SyntaxError", Exception);
    public static readonly PyExceptionType IndentationError = new("IndentationError", SyntaxError);
    public static readonly PyExceptionType TabError = new("TabError", IndentationError);
    public static readonly PyExceptionType TypeError = new("TypeError", Exception);
    public static readonly PyExceptionType ValueError = new("ValueError", Exception);
    public static readonly PyExceptionType UnicodeError = new("UnicodeError", ValueError);
    public static readonly PyExceptionType UnicodeEncodeError = new("UnicodeEncodeError", UnicodeError);
    public static readonly PyExceptionType MemoryError = new("MemoryError", Exception);
    public static readonly PyExceptionType OSError = new("OSError", Exception);
    public static readonly PyExceptionType PermissionError = new("PermissionError", OSError);
    public static readonly PyExceptionType KeyboardInterrupt = new("KeyboardInterrupt", BaseException);
    public static readonly PyExceptionType SystemExit = new("SystemExit", BaseException);

    /// <summary>Every class above, for the builtins table.</summary>
    public static IReadOnlyList<PyExceptionType> All { get; } =
    [
        BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, AssertionError,
        AttributeError, LookupError, IndexError, KeyError, NameError, UnboundLocalError, RuntimeError,
        RecursionError, NotImplementedError, StopIteration, SyntaxError, IndentationError, TabError,
        TypeError, ValueError, UnicodeError, UnicodeEncodeError, MemoryError, OSError, PermissionError, KeyboardInterrupt,
        SystemExit,
    ];
}
