using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Exceptions;

/// <summary>What compiled <c>raise</c> and <c>except</c> clauses call (CPython's RAISE_VARARGS and CHECK_EXC_MATCH).</summary>
internal static class PyExceptionHandling
{
    /// <summary>
    /// True when <paramref name="error"/> is an instance of <paramref name="handlerType"/>, a class or
    /// a tuple of classes. As CHECK_EXC_MATCH's <c>check_except_type_valid</c>, every item of a tuple
    /// must itself be a class (a nested tuple is refused, so matching never recurses), and all are
    /// checked before any is matched.
    /// </summary>
    public static bool Matches(PyException error, object handlerType)
    {
        switch (handlerType)
        {
            case PyExceptionType type:
                return error.Type.IsSubclassOf(type);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                    if (item is not PyExceptionType) throw NotAnExceptionClass();
                foreach (var item in tuple.Items)
                    if (error.Type.IsSubclassOf((PyExceptionType)item)) return true;
                return false;
            default:
                throw NotAnExceptionClass();
        }
    }

    private static PyException NotAnExceptionClass() =>
        PyErrors.TypeError("catching classes that do not inherit from BaseException is not allowed");

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
