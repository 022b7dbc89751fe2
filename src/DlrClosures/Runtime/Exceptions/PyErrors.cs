using DlrClosures.Text;

namespace DlrClosures.Runtime.Exceptions;

/// <summary>Factories for the exceptions the runtime raises. Messages come from the callers' message tables.</summary>
internal static class PyErrors
{
    public static PyException TypeError(string message) => new(PyExceptionType.TypeError, message);
    public static PyException ValueError(string message) => new(PyExceptionType.ValueError, message);
    public static PyException NameError(string message) => new(PyExceptionType.NameError, message);

    /// <summary>A NameError about <paramref name="name"/>, which the traceback printer may suggest a correction for.</summary>
    public static PyException NameError(string message, string name) => new(PyExceptionType.NameError, message) { Name = name };
    public static PyException UnboundLocalError(string message) => new(PyExceptionType.UnboundLocalError, message);
    public static PyException AttributeError(string message) => new(PyExceptionType.AttributeError, message);
    public static PyException IndexError(string message) => new(PyExceptionType.IndexError, message);
    /// <summary>A KeyError for <paramref name="key"/>; its message is the key's repr, its <c>args</c> the key itself (as CPython's).</summary>
    public static PyException KeyError(string message, object key) =>
        new(PyExceptionType.KeyError, message, new PyExceptionObject(PyExceptionType.KeyError, [key]));
    public static PyException ZeroDivisionError(string message) => new(PyExceptionType.ZeroDivisionError, message);
    public static PyException OverflowError(string message) => new(PyExceptionType.OverflowError, message);
    public static PyException RecursionError(string message) => new(PyExceptionType.RecursionError, message);
    public static PyException RuntimeError(string message) => new(PyExceptionType.RuntimeError, message);
    /// <summary>An ImportError about module <paramref name="name"/> (its <c>name</c>), as importlib raises it.</summary>
    public static PyException ImportError(string message, string? name) => new(PyExceptionType.ImportError, message) { Name = name };
    /// <summary>A ModuleNotFoundError for module <paramref name="name"/>.</summary>
    public static PyException ModuleNotFoundError(string message, string name) => new(PyExceptionType.ModuleNotFoundError, message) { Name = name };
    public static PyException StopIteration() => new(PyExceptionType.StopIteration, "");
    public static PyException AssertionError(string message) => new(PyExceptionType.AssertionError, message);
    /// <summary>The AssertionError of <c>assert test, message</c>: CPython raises <c>AssertionError(message)</c>, so its <c>args</c> hold the object itself, and <paramref name="text"/> is its str.</summary>
    public static PyException AssertionError(string text, object message) =>
        new(PyExceptionType.AssertionError, text, new PyExceptionObject(PyExceptionType.AssertionError, [message]));

    /// <summary>A <c>SyntaxError</c> (or subclass) at <paramref name="span"/> of <paramref name="source"/>.</summary>
    public static PyException SyntaxError(string message, SourceText source, SourceSpan span,
        PyExceptionType? type = null)
    {
        int endColumn = span.EndLine == span.Line && span.EndColumn > span.Column ? span.EndColumn : span.Column + 1;
        return new PyException(type ?? PyExceptionType.SyntaxError, message)
        {
            Span = span,
            SyntaxLocation = new SyntaxErrorLocation(source.Path, span.Line, span.Column, endColumn, source.GetLine(span.Line)),
        };
    }
}
