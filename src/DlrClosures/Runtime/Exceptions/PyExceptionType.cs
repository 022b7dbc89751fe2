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
    /// <summary>CPython's <c>BaseException</c>, the root of the hierarchy.</summary>
    public static readonly PyExceptionType BaseException = new("BaseException", null);
    /// <summary>CPython's <c>Exception</c>, a subclass of <c>BaseException</c>.</summary>
    public static readonly PyExceptionType Exception = new("Exception", BaseException);
    /// <summary>CPython's <c>ArithmeticError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType ArithmeticError = new("ArithmeticError", Exception);
    /// <summary>CPython's <c>ZeroDivisionError</c>, a subclass of <c>ArithmeticError</c>.</summary>
    public static readonly PyExceptionType ZeroDivisionError = new("ZeroDivisionError", ArithmeticError);
    /// <summary>CPython's <c>OverflowError</c>, a subclass of <c>ArithmeticError</c>.</summary>
    public static readonly PyExceptionType OverflowError = new("OverflowError", ArithmeticError);
    /// <summary>CPython's <c>AssertionError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType AssertionError = new("AssertionError", Exception);
    /// <summary>CPython's <c>AttributeError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType AttributeError = new("AttributeError", Exception);
    /// <summary>CPython's <c>LookupError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType LookupError = new("LookupError", Exception);
    /// <summary>CPython's <c>IndexError</c>, a subclass of <c>LookupError</c>.</summary>
    public static readonly PyExceptionType IndexError = new("IndexError", LookupError);
    /// <summary>CPython's <c>KeyError</c>, a subclass of <c>LookupError</c>.</summary>
    public static readonly PyExceptionType KeyError = new("KeyError", LookupError);
    /// <summary>CPython's <c>NameError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType NameError = new("NameError", Exception);
    /// <summary>CPython's <c>UnboundLocalError</c>, a subclass of <c>NameError</c>.</summary>
    public static readonly PyExceptionType UnboundLocalError = new("UnboundLocalError", NameError);
    /// <summary>CPython's <c>RuntimeError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType RuntimeError = new("RuntimeError", Exception);
    /// <summary>CPython's <c>RecursionError</c>, a subclass of <c>RuntimeError</c>.</summary>
    public static readonly PyExceptionType RecursionError = new("RecursionError", RuntimeError);
    /// <summary>CPython's <c>NotImplementedError</c>, a subclass of <c>RuntimeError</c>.</summary>
    public static readonly PyExceptionType NotImplementedError = new("NotImplementedError", RuntimeError);
    /// <summary>CPython's <c>StopIteration</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType StopIteration = new("StopIteration", Exception);
    /// <summary>CPython's <c>SyntaxError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType SyntaxError = new("SyntaxError", Exception);
    /// <summary>CPython's <c>IndentationError</c>, a subclass of <c>SyntaxError</c>.</summary>
    public static readonly PyExceptionType IndentationError = new("IndentationError", SyntaxError);
    /// <summary>CPython's <c>TabError</c>, a subclass of <c>IndentationError</c>.</summary>
    public static readonly PyExceptionType TabError = new("TabError", IndentationError);
    /// <summary>CPython's <c>TypeError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType TypeError = new("TypeError", Exception);
    /// <summary>CPython's <c>ValueError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType ValueError = new("ValueError", Exception);
    /// <summary>CPython's <c>UnicodeError</c>, a subclass of <c>ValueError</c>.</summary>
    public static readonly PyExceptionType UnicodeError = new("UnicodeError", ValueError);
    /// <summary>CPython's <c>UnicodeEncodeError</c>, a subclass of <c>UnicodeError</c>.</summary>
    public static readonly PyExceptionType UnicodeEncodeError = new("UnicodeEncodeError", UnicodeError);
    /// <summary>CPython's <c>UnicodeDecodeError</c>, a subclass of <c>UnicodeError</c>.</summary>
    public static readonly PyExceptionType UnicodeDecodeError = new("UnicodeDecodeError", UnicodeError);
    /// <summary>CPython's <c>EOFError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType EOFError = new("EOFError", Exception);
    /// <summary>CPython's <c>MemoryError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType MemoryError = new("MemoryError", Exception);
    /// <summary>CPython's <c>OSError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType OSError = new("OSError", Exception);
    /// <summary>CPython's <c>PermissionError</c>, a subclass of <c>OSError</c>.</summary>
    public static readonly PyExceptionType PermissionError = new("PermissionError", OSError);
    /// <summary>CPython's <c>FileNotFoundError</c>, a subclass of <c>OSError</c>.</summary>
    public static readonly PyExceptionType FileNotFoundError = new("FileNotFoundError", OSError);
    /// <summary>CPython's <c>FileExistsError</c>, a subclass of <c>OSError</c>.</summary>
    public static readonly PyExceptionType FileExistsError = new("FileExistsError", OSError);
    /// <summary>CPython's <c>IsADirectoryError</c>, a subclass of <c>OSError</c>.</summary>
    public static readonly PyExceptionType IsADirectoryError = new("IsADirectoryError", OSError);
    /// <summary>CPython's <c>KeyboardInterrupt</c>, a subclass of <c>BaseException</c>.</summary>
    public static readonly PyExceptionType KeyboardInterrupt = new("KeyboardInterrupt", BaseException);
    /// <summary>CPython's <c>SystemExit</c>, a subclass of <c>BaseException</c>.</summary>
    public static readonly PyExceptionType SystemExit = new("SystemExit", BaseException);
    /// <summary>CPython's <c>GeneratorExit</c>, a subclass of <c>BaseException</c>: what <c>close()</c> raises in a generator.</summary>
    public static readonly PyExceptionType GeneratorExit = new("GeneratorExit", BaseException);
    /// <summary>CPython's <c>ImportError</c>, a subclass of <c>Exception</c>.</summary>
    public static readonly PyExceptionType ImportError = new("ImportError", Exception);
    /// <summary>CPython's <c>ModuleNotFoundError</c>, a subclass of <c>ImportError</c>.</summary>
    public static readonly PyExceptionType ModuleNotFoundError = new("ModuleNotFoundError", ImportError);

    /// <summary>Every class above, for the builtins table.</summary>
    public static IReadOnlyList<PyExceptionType> All { get; } =
    [
        BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, AssertionError,
        AttributeError, LookupError, IndexError, KeyError, NameError, UnboundLocalError, RuntimeError,
        RecursionError, NotImplementedError, StopIteration, SyntaxError, IndentationError, TabError,
        TypeError, ValueError, UnicodeError, UnicodeEncodeError, MemoryError, OSError, PermissionError, KeyboardInterrupt,
        SystemExit, UnicodeDecodeError, EOFError, FileNotFoundError, FileExistsError, IsADirectoryError,
        GeneratorExit, ImportError, ModuleNotFoundError,
    ];
}
