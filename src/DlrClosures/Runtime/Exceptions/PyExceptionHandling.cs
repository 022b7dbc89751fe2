using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// What compiled and interpreted <c>raise</c>, <c>except</c> and <c>finally</c> call (CPython's
/// RAISE_VARARGS, CHECK_EXC_MATCH, PUSH_EXC_INFO/POP_EXCEPT), and the thread's exception being
/// handled (<see cref="FrameCounter.Handling"/>), which implicit chaining reads.
/// </summary>
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
    /// A value that is neither gives the TypeError to raise instead (callers such as a generator's
    /// <c>throw</c> look at it before raising).
    public static PyException ToRaise(object value) => value is PyExceptionObject or PyExceptionType
        ? AsExceptionObject(value, "exceptions must derive from BaseException").ToException()
        : PyErrors.TypeError("exceptions must derive from BaseException");

    /// <summary>
    /// <c>raise value [from cause]</c> (do_raise, then _PyErr_SetObject): the value made an exception
    /// object; with a cause (<paramref name="cause"/> not null), <c>__cause__</c> set to it (None clears it;
    /// a class is instantiated) and <c>__suppress_context__</c> to true; then <c>__context__</c> set
    /// to the exception being handled on the thread, if any.
    /// </summary>
    public static PyException Raise(object value, object? cause, FrameCounter frames)
    {
        var raised = AsExceptionObject(value, "exceptions must derive from BaseException");
        if (cause is not null)
        {
            raised.Cause = cause is PyNone ? null : AsExceptionObject(cause, ExceptionMessages.CausesMustDerive);
            raised.SuppressContext = true;
        }
        var exception = raised.ToException();
        exception.DecideContext(frames.Handling);
        return exception;
    }

    private static PyExceptionObject AsExceptionObject(object value, string message) => value switch
    {
        PyExceptionObject instance => instance,
        PyExceptionType type => (PyExceptionObject)PyCalls.Call(type, []),
        _ => throw PyErrors.TypeError(message),
    };

    /// <summary>A bare <c>raise</c> with no exception being handled.</summary>
    public static PyException NoActiveException() => PyErrors.RuntimeError("No active exception to reraise");

    /// <summary>
    /// A bare <c>raise</c> outside an except clause of its own code: the exception being handled on
    /// the thread (a caller's except clause, or a finally clause run for an exception), else
    /// <c>RuntimeError: No active exception to reraise</c>.
    /// </summary>
    public static PyException Reraise(FrameCounter frames) => frames.Handling ?? NoActiveException();

    /// <summary>The exception being handled on this thread (for <c>sys.exc_info()</c>), or null.</summary>
    public static PyExceptionObject? Current => PyFrames.Counter.Handling?.Value;

    /// <summary>
    /// An <c>except</c>, <c>finally</c> or <c>with</c> of the frame running <paramref name="function"/>
    /// at <paramref name="line"/> caught <paramref name="error"/>: the frame's traceback entry is
    /// recorded now, as CPython records it where the exception is raised in each frame (so an
    /// exception handled where it was raised still shows its line when printed as another's
    /// context), and its context is decided if it has not been yet.
    /// </summary>
    public static void Caught(Exception error, FrameCounter frames, PyFunction function, int line)
    {
        if (error is not PyException exception) return;
        if (exception.CaughtAtDepth != frames.Depth)
        {
            PyFrames.Record(exception, function, line);
            exception.CaughtAtDepth = frames.Depth;
        }
        exception.DecideContext(frames.Handling);
    }

    /// <summary>
    /// Starts handling <paramref name="error"/> (PUSH_EXC_INFO): returns the exception handled
    /// before, for <see cref="EndHandling"/> to restore. Null (a finally clause run without an
    /// exception) leaves the handled exception as it is.
    /// </summary>
    public static PyException? BeginHandling(FrameCounter frames, Exception? error)
    {
        var previous = frames.Handling;
        if (error is PyException exception) frames.Handling = exception;
        return previous;
    }

    /// <summary>Ends handling (POP_EXCEPT): the exception handled before is handled again.</summary>
    public static void EndHandling(FrameCounter frames, PyException? previous) => frames.Handling = previous;

    /// <summary>
    /// The filter on a clause that handles <paramref name="handled"/>: an exception leaving the clause
    /// was raised while <paramref name="handled"/> was handled, so that is its context if no inner
    /// clause decided it. Never catches.
    /// </summary>
    public static bool Leaving(PyException leaving, Exception? handled)
    {
        if (handled is PyException exception) leaving.DecideContext(exception);
        return false;
    }
}
