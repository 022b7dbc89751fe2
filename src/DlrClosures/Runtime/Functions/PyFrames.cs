using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Functions;

/// <summary>
/// What code calls on entering and leaving a Python frame: the recursion limit and the traceback.
/// Python recursion never becomes a .NET stack overflow: the depth is counted against the limit
/// (CPython's default, 1000) and the machine stack is probed as well, so a host that raises the
/// limit still gets a RecursionError instead of a crash.
/// </summary>
/// <remarks>
/// A frame is <c>PyFrames.Enter(frames); try { body } catch (e) when (ShouldConvert(e, frames, fn, line))
/// { throw Unwind(e, frames, fn, line); } PyFrames.Exit(frames);</c>, where <c>frames</c> is the
/// thread's <see cref="FrameCounter"/>, passed down from caller to callee (see <see cref="PyCode"/>),
/// so a call between Python functions reads no thread-local storage.
/// </remarks>
internal static class PyFrames
{
    /// <summary>CPython's default <c>sys.getrecursionlimit()</c>.</summary>
    public const int DefaultRecursionLimit = 1000;

    [ThreadStatic] private static FrameCounter? t_counter;

    /// <summary>This thread's frame counter.</summary>
    public static FrameCounter Counter => t_counter ?? CreateCounter();

    /// <summary>The current Python frame depth of this thread.</summary>
    public static int Depth => Counter.Depth;

    /// <summary>
    /// Enters a frame on the thread that owns <paramref name="counter"/>; raises RecursionError past
    /// the limit or when the stack runs low. Every frame entry is also a checkpoint of the execution
    /// limits (<see cref="Limits.PyLimits"/>): the entry decrements the same countdown as a loop iteration.
    /// </summary>
    /// <remarks>
    /// The stack probe runs at every sixteenth depth, so the depth grows by at most sixteen frames
    /// between two probes: a Python frame costs well under 8 KB of machine stack (the compiled body,
    /// its call-site stub and the function's call method), so sixteen of them stay inside the margin
    /// the probe keeps free (128 KB on 64-bit .NET). The limits' countdown runs out far more rarely
    /// (<see cref="Limits.ExecutionBudget.Grant"/> steps), so the slow path stays rare on flat call
    /// patterns too.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter(FrameCounter counter)
    {
        int depth = ++counter.Depth;
        if (depth > counter.Limit | (depth & 15) == 0 | --counter.Countdown < 0) CheckDepth(counter);
    }

    // Out of line, so Enter inlines into every compiled body: past the limit, at every sixteenth
    // depth, or when the countdown runs out: the limits are polled if it did, and the machine stack is probed.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckDepth(FrameCounter counter)
    {
        if (counter.Countdown < 0)
        {
            try
            {
                Limits.PyLimits.Poll(counter);
            }
            catch
            {
                // The frame is not entered: its filter will not release the depth.
                counter.Depth--;
                throw;
            }
        }
        if (counter.Depth > counter.Limit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            counter.Depth--;
            throw PyErrors.RecursionError(FunctionMessages.RecursionLimit);
        }
    }

    /// <summary>Leaves a frame normally.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit(FrameCounter counter) => counter.Depth--;

    /// <summary>
    /// The exception filter of every frame: a Python exception passing through records the frame in
    /// its traceback and is not caught (returns false), so unwinding a deep recursion never throws
    /// again from a handler; neither is a limit (<see cref="Limits.PyLimits.IsLimit"/>), which passes
    /// through untouched. Any other exception is caught (returns true) and converted by <see cref="Unwind"/>.
    /// </summary>
    /// <remarks>
    /// Filters run in the first pass of exception dispatch, innermost frame first, once per frame
    /// that the exception is about to leave; each such frame is left, so its depth is released here.
    /// </remarks>
    public static bool ShouldConvert(Exception error, FrameCounter counter, PyFunction function, int line)
    {
        if (error is not PyException exception)
        {
            // A limit leaves every frame untouched: no Python handler, no conversion, no traceback.
            if (!Limits.PyLimits.IsLimit(error)) return true;
            counter.Depth--;
            return false;
        }
        // A frame that caught the exception recorded its entry then (PyExceptionHandling.Caught).
        if (exception.CaughtAtDepth == counter.Depth) exception.CaughtAtDepth = -1;
        else Record(exception, function, line);
        counter.Depth--;
        return false;
    }

    /// <summary>Leaves a frame because a .NET exception reached it: returns its Python counterpart, with the frame recorded.</summary>
    public static PyException Unwind(Exception error, FrameCounter counter, PyFunction function, int line)
    {
        counter.Depth--;
        var exception = PyExceptionConverter.ToPython(error);
        Record(exception, function, line);
        return exception;
    }

    internal static void Record(PyException exception, PyFunction function, int line)
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

    /// <summary>
    /// Makes <paramref name="limit"/> the recursion limit of this thread and returns the one it
    /// replaces; <see cref="PyContext"/> calls it as a runtime's context is entered and left.
    /// </summary>
    internal static int SetLimit(int limit)
    {
        var counter = Counter;
        int previous = counter.Limit;
        counter.Limit = limit;
        return previous;
    }

    /// <summary>Resets the depth after a host-level abort, so the next execution starts at zero.</summary>
    public static void Reset(int depth) => Counter.Depth = depth;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FrameCounter CreateCounter() => t_counter = new FrameCounter();
}
