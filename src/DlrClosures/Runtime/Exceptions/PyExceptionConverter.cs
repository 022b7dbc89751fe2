namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// Maps the .NET exceptions that can escape runtime code to Python exceptions, so that no raw .NET
/// exception reaches a script or a host. Exceptions of host code a script calls are mapped where the
/// call is made (<see cref="Interop.ClrExceptions"/>); what reaches this converter is the runtime's
/// own failure, kept as the inner exception.
/// </summary>
internal static class PyExceptionConverter
{
    public static PyException ToPython(Exception error) => error switch
    {
        PyException python => python,
        InsufficientExecutionStackException => PyErrors.RecursionError(Functions.FunctionMessages.RecursionLimit),
        DivideByZeroException => PyErrors.ZeroDivisionError("division by zero"),
        OverflowException e => PyErrors.OverflowError(e.Message),
        OutOfMemoryException => new PyException(PyExceptionType.MemoryError, ""),
        _ => new PyException(PyExceptionType.RuntimeError, $"internal error ({error.GetType().Name}): {error.Message}", error),
    };
}
