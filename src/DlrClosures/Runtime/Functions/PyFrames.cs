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
    [ThreadStatic] private static int t_limit;

    /// <summary>The recursion limit of the current thread.</summary>
    public static int RecursionLimit
    {
        get => t_limit == 0 ? DefaultRecursionLimit : t_limit;
        set => t_limit = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>The current Python frame depth of this thread.</summary>
    public static int Depth => t_depth;

    /// <summary>Enters a frame; raises RecursionError past the limit or when the stack runs low.</summary>
    public static void Enter()
    {
        int depth = ++t_depth;
        if (depth > RecursionLimit || ((depth & 31) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            t_depth--;
            throw PyErrors.RecursionError(FunctionMessages.RecursionLimit);
        }
    }

    /// <summary>Leaves a frame normally.</summary>
    public static void Exit() => t_depth--;

    /// <summary>
    /// Leaves a frame because <paramref name="error"/> is unwinding through it: converts a .NET
    /// exception into its Python counterpart, records the frame and returns what to throw.
    /// </summary>
    public static PyException Unwind(Exception error, PyCode code, int line)
    {
        t_depth--;
        var exception = PyExceptionConverter.ToPython(error);
        exception.AddFrame(new TracebackFrame(code.Source.Path, line, code.Names.Name, code.Source.GetLine(line)));
        return exception;
    }

    /// <summary>Resets the depth after a host-level abort, so the next execution starts at zero.</summary>
    public static void Reset(int depth) => t_depth = depth;
}
