namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// Maps the .NET exceptions that can escape runtime code to Python exceptions, so that no raw .NET
/// exception reaches a script or a host.
/// </summary>
public static class PyExceptionConverter
{
    public static PyException ToPython(Exception error) => error switch
    {
        PyException python => python,
        InsufficientExecutionStackException => PyErrors.RecursionError(Functions.FunctionMessages.RecursionLimit),
        DivideByZeroException => PyErrors.ZeroDivisionError("division by zero"),
        OverflowException e => PyErrors.OverflowError(e.Message),
        OutOfMemoryException => new PyException(PyExceptionType.MemoryError, ""),
        _ => new PyException(PyExceptionType.RuntimeError, $"internal error ({error.GetType().Name}): {error.Message}"),
    };
}
