using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Functions;

/// <summary>
/// What compiled code calls on entering and leaving a Python frame: the recursion limit and the
/// traceback. Python recursion never becomes a .NET stack overflow: the depth is counted against
/// <see cref="RecursionLimit"/> (CPython's default, 1000) and the machine stack is probed as well,
/// so a host that raises the limit still gets a RecursionError instead of a crash.
/// </summary>
public static class PyFrames
{
    /// <summary>CPython's default <c>sys.getrecursionlimit()</c>.</summary>
    public const int DefaultRecursionLimit = 1000;

    [ThreadStatic] private static int t_depth;

    /// <summary>The recursion limit in force: the current runtime context's, else CPython's default.</summary>
    public static int RecursionLimit => PyContext.Current?.RecursionLimit ?? DefaultRecursionLimit;

    /// <summary>The current Python frame depth of this thread.</summary>
    public static int Depth => t_depth;

    /// <summary>Enters a frame; raises RecursionError past the limit or when the stack runs low.</summary>
    /// <remarks>
    /// The stack probe runs every fourth frame: a Python frame costs a few kilobytes of machine stack
    /// at most (more while its call site is still binding), so four of them stay well inside the
    /// margin the probe keeps free (128 KB on 64-bit .NET).
    /// </remarks>
    public static void Enter()
    {
        int depth = ++t_depth;
        if (depth > RecursionLimit || ((depth & 3) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            t_depth--;
            throw PyErrors.RecursionError(FunctionMessages.RecursionLimit);
        }
    }

    /// <summary>Leaves a frame normally.</summary>
    public static void Exit() => t_depth--;

    /// <summary>
    /// The exception filter of every frame: a Python exception passing through records the frame in
    /// its traceback and is not caught (returns false), so unwinding a deep recursion never throws
    /// again from a handler. Any other exception is caught (returns true) and converted by <see cref="Unwind"/>.
    /// </summary>
    /// <remarks>
    /// Filters run in the first pass of exception dispatch, innermost frame first, once per frame
    /// that the exception is about to leave; each such frame is left, so its depth is released here.
    /// </remarks>
    public static bool ShouldConvert(Exception error, PyFunction function, int line)
    {
        if (error is not PyException exception) return true;
        t_depth--;
        Record(exception, function, line);
        return false;
    }

    /// <summary>Leaves a frame because a .NET exception reached it: returns its Python counterpart, with the frame recorded.</summary>
    public static PyException Unwind(Exception error, PyFunction function, int line)
    {
        t_depth--;
        var exception = PyExceptionConverter.ToPython(error);
        Record(exception, function, line);
        return exception;
    }

    private static void Record(PyException exception, PyFunction function, int line)
    {
        var code = function.Code;
        if (exception.Span is null)
        {
            // The innermost frame gives the exception its span (the line of the statement that
            // raised) and, for a NameError, the names "Did you mean" is chosen from.
            exception.Span = code.Source.LineSpan(line);
            if (exception.Name is { } name && exception.Type == PyExceptionType.NameError)
            {
                var globals = function.Globals;
                exception.SuggestionProvider ??= () => PySuggestions.SuggestForName(name, code.Names.VarNames, globals.Names);
            }
        }
        exception.AddFrame(new TracebackFrame(code.Source.Path, line, code.Names.Name, code.Source.GetLine(line)));
    }

    /// <summary>Resets the depth after a host-level abort, so the next execution starts at zero.</summary>
    public static void Reset(int depth) => t_depth = depth;
}
