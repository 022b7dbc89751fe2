using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Exceptions;

/// <summary>What compiled <c>raise</c> and <c>except</c> clauses call (CPython's RAISE_VARARGS and CHECK_EXC_MATCH).</summary>
public static class PyExceptionHandling
{
    /// <summary>True when <paramref name="error"/> is an instance of <paramref name="handlerType"/>, a class or a tuple of classes.</summary>
    public static bool Matches(PyException error, object handlerType) => handlerType switch
    {
        PyExceptionType type => error.Type.IsSubclassOf(type),
        PyTuple tuple => tuple.Items.Any(item => Matches(error, item)),
        _ => throw PyErrors.TypeError("catching classes that do not inherit from BaseException is not allowed"),
    };

    /// <summary>The exception that <c>raise value</c> throws: a class is instantiated without arguments.</summary>
    public static PyException ToRaise(object value) => value switch
    {
        PyExceptionObject instance => instance.ToException(),
        PyExceptionType type => ((PyExceptionObject)PyCalls.Call(type, [])).ToException(),
        _ => PyErrors.TypeError("exceptions must derive from BaseException"),
    };

    /// <summary>A bare <c>raise</c> with no exception being handled.</summary>
    public static PyException NoActiveException() => PyErrors.RuntimeError("No active exception to reraise");
}
