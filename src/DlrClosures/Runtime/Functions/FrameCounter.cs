namespace DlrClosures.Runtime.Functions;

/// <summary>
/// One thread's Python call depth and the recursion limit in force on it. Compiled code receives it
/// from its caller and passes it on to its callees, so a Python-to-Python call touches no
/// thread-local storage: on Linux every thread-static access of the dynamically loaded runtime is a
/// <c>__tls_get_addr</c> call, which profiling showed to be a quarter of a small call.
/// </summary>
internal sealed class FrameCounter
{
    internal FrameCounter() { }

    /// <summary>Python frames active on this thread.</summary>
    public int Depth;

    /// <summary>The recursion limit of the runtime context current on this thread.</summary>
    public int Limit = PyFrames.DefaultRecursionLimit;

    /// <summary>
    /// Per-depth slots where a back end may keep the frame object of its last call at that depth,
    /// to reuse for the next one (the interpreter does; compiled frames live on the machine stack).
    /// Calls at one depth on one thread never overlap, which is what makes the reuse safe.
    /// </summary>
    public object?[] FrameCache = [];

    /// <summary>
    /// Checkpoints left before the next poll of the limits (<see cref="Limits.PyLimits.Checkpoint"/>):
    /// decremented at every frame entry and loop iteration, so a checkpoint reads no clock.
    /// </summary>
    public int Countdown = Limits.ExecutionBudget.Grant - 1;

    /// <summary>
    /// The exception being handled on this thread (CPython's exc_info): set while an <c>except</c>
    /// clause, a <c>finally</c> clause run for an exception, or a <c>with</c> statement's
    /// <c>__exit__</c> for one runs, and restored when it ends; null when none. It is what a bare
    /// <c>raise</c> outside an except clause raises and what a new exception's <c>__context__</c> becomes.
    /// </summary>
    internal Exceptions.PyException? Handling;

    /// <summary>The limits of the execution running on this thread, or null outside any.</summary>
    internal Limits.ExecutionBudget? Budget;
}
