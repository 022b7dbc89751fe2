using System.Runtime.Remoting;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Interop;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Hosting;

/// <summary>
/// What a host reads from an exception a script raised (Microsoft.Scripting.Hosting's
/// <c>ExceptionOperations</c>, from <c>engine.GetService&lt;ExceptionOperations&gt;()</c>). Every member
/// accepts any exception: a <see cref="PyException"/> as it is, a .NET exception as the Python
/// exception it becomes in a script (a <c>KeyNotFoundException</c> as a KeyError), and a limit
/// (<see cref="ScriptLimitException"/>, <see cref="ScriptCanceledException"/>) by its .NET type, since
/// no script can see it.
/// </summary>
/// <remarks>An instance keeps no state: one may be shared by any number of threads.</remarks>
public sealed class ExceptionOperations
{
    internal ExceptionOperations(ScriptEngine engine) => Engine = engine;

    /// <summary>The engine these operations belong to.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>The report CPython prints for the uncaught exception: traceback, syntax error location with its caret, <c>Type: message</c>.</summary>
    public string FormatException(Exception exception) =>
        AsPython(exception) is { } python ? python.FormatTraceback() : Engine.FormatException(exception);

    /// <summary><see cref="FormatException(Exception)"/> of the exception an <see cref="ObjectHandle"/> of <see cref="ScriptEngine.ExecuteAndWrap(string, ScriptScope, out ObjectHandle)"/> holds.</summary>
    public string FormatException(ObjectHandle exception) => FormatException(Unwrap(exception));

    /// <summary>
    /// The Python frames the exception passed through, outermost first (the order a traceback prints
    /// them and <c>traceback.extract_tb</c> lists them); empty for a syntax error, a limit, or a .NET
    /// exception that never reached script code.
    /// </summary>
    public IList<DynamicStackFrame> GetStackFrames(Exception exception) =>
        AsPython(exception)?.Traceback.Select(frame => new DynamicStackFrame(frame)).ToList() ?? [];

    /// <summary><see cref="GetStackFrames(Exception)"/> of the exception a handle holds.</summary>
    public IList<DynamicStackFrame> GetStackFrames(ObjectHandle exception) => GetStackFrames(Unwrap(exception));

    /// <summary>
    /// The message (<c>str(e)</c>) and the Python type name (<c>"ValueError"</c>) of the exception, as
    /// the last line of its report shows them; for a limit, its .NET message and type name.
    /// </summary>
    public void GetMessageAndType(Exception exception, out string message, out string errorTypeName)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (AsPython(exception) is { } python)
        {
            message = python.Message;
            errorTypeName = python.PythonType;
            return;
        }
        message = exception.Message;
        errorTypeName = exception.GetType().Name;
    }

    /// <summary><see cref="GetMessageAndType(Exception, out string, out string)"/> of the exception a handle holds.</summary>
    public void GetMessageAndType(ObjectHandle exception, out string message, out string errorTypeName) =>
        GetMessageAndType(Unwrap(exception), out message, out errorTypeName);

    private static PyException? AsPython(Exception exception) => exception switch
    {
        null => throw new ArgumentNullException(nameof(exception)),
        PyException python => python,
        _ when PyLimits.IsLimit(exception) => null,
        _ when ClrExceptions.IsHostException(exception) => ClrExceptions.ToPython(exception),
        _ => PyExceptionConverter.ToPython(exception),
    };

    private static Exception Unwrap(ObjectHandle handle) =>
        (handle ?? throw new ArgumentNullException(nameof(handle))).Unwrap() as Exception
        ?? throw new ArgumentException("the handle holds no exception", nameof(handle));
}
