using System.Collections.Generic;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// .NET exceptions thrown by host code that a script called (a method, a property, a delegate, an
/// enumerator, an operator) become Python exceptions at that boundary, so an <c>except</c> clause
/// right around the call catches them, as IronPython's exception mapping does. The original stays
/// the <see cref="Exception.InnerException"/> of the <see cref="PyException"/> a host sees.
/// </summary>
internal static class ClrExceptions
{
    /// <summary>
    /// True for an exception that host code threw: not the runtime's own (a <see cref="PyException"/>
    /// or any type of this assembly, such as an execution limit being hit) and not a cancellation,
    /// which must pass through script code uncaught.
    /// </summary>
    public static bool IsHostException(Exception error) =>
        error is not PyException and not OperationCanceledException and not ThreadInterruptedException
        && error.GetType().Assembly != typeof(PyException).Assembly;

    /// <summary>The Python exception a host exception is raised as (IronPython's mapping, most specific first).</summary>
    public static PyException ToPython(Exception error) =>
        new(TypeFor(error), error.Message, error);

    private static PyExceptionType TypeFor(Exception error) => error switch
    {
        KeyNotFoundException => PyExceptionType.KeyError,
        ArgumentOutOfRangeException or IndexOutOfRangeException => PyExceptionType.IndexError,
        ArgumentException or FormatException => PyExceptionType.ValueError,
        InvalidCastException => PyExceptionType.TypeError,
        NotImplementedException => PyExceptionType.NotImplementedError,
        InsufficientExecutionStackException => PyExceptionType.RecursionError,
        InvalidOperationException => PyExceptionType.RuntimeError,
        DivideByZeroException => PyExceptionType.ZeroDivisionError,
        OverflowException => PyExceptionType.OverflowError,
        ArithmeticException => PyExceptionType.ArithmeticError,
        OutOfMemoryException => PyExceptionType.MemoryError,
        _ => PyExceptionType.Exception,
    };
}
