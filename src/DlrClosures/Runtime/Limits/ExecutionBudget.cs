using System.Diagnostics;
using System.Text;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Runtime.Limits;

/// <summary>
/// What is left of one execution's limits, and the slow path of its checkpoints.
/// </summary>
/// <remarks>
/// A checkpoint (frame entry, loop iteration, item consumed by a built-in) only decrements
/// <see cref="FrameCounter.Countdown"/>; when it goes negative, <see cref="Poll"/> runs: it adds the
/// steps granted since the last poll to the count and grants the next ones (<see cref="Grant"/>, or
/// fewer so that the poll falls exactly on the step past <c>MaxStatements</c>); every
/// <see cref="Period"/> steps it also reads the clock, the cancellation token, the thread's
/// allocation counter and the runtime's interrupt request. So the count is exact, and the clock
/// costs one read per <see cref="Period"/> steps. (The frame entry's stack probe does not depend on
/// the grant: <see cref="Functions.PyFrames.Enter"/> probes at every sixteenth depth.)
/// Once a limit is hit the exception is kept (<see cref="Tripped"/>) and thrown again at the next
/// poll, so a <c>finally</c> that loops is stopped again, and an execution that swallowed it (a
/// <c>return</c> inside <c>finally</c>) still ends with it. Between two such throws the code on
/// its way out gets one <see cref="Period"/> of steps, so that cleanup (a <c>finally</c> that calls a
/// function to close a file, an <c>__exit__</c> method) can run: thrown at the very next checkpoint,
/// the limit would stop every cleanup at its first call.
/// </remarks>
internal sealed class ExecutionBudget
{
    /// <summary>Steps between two reads of the clock, the token, the allocation counter and the interrupt request.</summary>
    public const int Period = 1024;

    /// <summary>
    /// Steps the countdown is given at most. The poll is a call out of the compiled code, so it must
    /// be rare: with 16, a call-heavy workload (fib_cell, counter) spent 10 % more CPU than without
    /// checkpoints; with 256, 2-5 % (published dlrc, quiet machine, median of 5 alternating runs).
    /// </summary>
    public const int Grant = 256;

    private readonly PyRuntimeContext? _context;
    private readonly ExecutionLimits _limits;
    private readonly CancellationToken _token;
    private readonly long _maxSteps;
    private readonly long _deadline;
    private readonly long _allocatedAtStart;
    private long _steps;
    private long _nextRead = Period;
    private int _granted;
    private long _output;
    private int _graceLeft;

    public ExecutionBudget(PyRuntimeContext? context, ExecutionLimits limits, CancellationToken token)
    {
        _context = context;
        _limits = limits;
        _token = token;
        _maxSteps = limits.MaxStatements ?? long.MaxValue;
        _deadline = limits.TimeLimit is { } time
            ? Stopwatch.GetTimestamp() + (long)Math.Min(time.TotalSeconds * Stopwatch.Frequency, long.MaxValue / 2)
            : long.MaxValue;
        _allocatedAtStart = limits.MemoryLimit is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>The limit exception this execution has thrown, if any.</summary>
    public Exception? Tripped { get; private set; }

    /// <summary>The runtime context the execution entered; an interrupt of that runtime reaches it.</summary>
    public PyRuntimeContext? Context => _context;

    /// <summary>Starts counting on <paramref name="counter"/>: grants the first steps.</summary>
    public void Start(FrameCounter counter)
    {
        _steps = 0;
        GrantSteps(counter);
    }

    /// <summary>The slow path of a checkpoint: counts the granted steps, checks every limit, grants more.</summary>
    public void Poll(FrameCounter counter)
    {
        if (Tripped is { } tripped)
        {
            _graceLeft -= Grant;
            counter.Countdown = Grant - 1;
            if (_graceLeft <= 0) Rethrow(counter, tripped);
            return;
        }
        _steps += _granted;
        if (_steps > _maxSteps) Trip(counter, new ScriptStatementLimitException(_maxSteps));
        GrantSteps(counter);
        if (_steps < _nextRead) return;
        _nextRead = _steps + Period;
        if (_token.IsCancellationRequested) Trip(counter, new ScriptCanceledException(_token));
        if (_deadline != long.MaxValue && Stopwatch.GetTimestamp() > _deadline) Trip(counter, new ScriptTimeoutException(_limits.TimeLimit!.Value));
        if (_limits.MemoryLimit is { } memory && GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart > memory)
            Trip(counter, new ScriptMemoryLimitException(memory));
        // After the grant: KeyboardInterrupt is a Python exception, which the script may catch and go on.
        if (_context is { InterruptRequested: true } context && context.TakeInterrupt())
            throw new PyException(PyExceptionType.KeyboardInterrupt, "");
    }

    /// <summary>The cancellation token, the clock and the memory budget, read now (<see cref="PyLimits.CheckNow"/>); steps are not counted.</summary>
    public void CheckNow(FrameCounter counter)
    {
        if (Tripped is not null) return;
        if (_token.IsCancellationRequested) Trip(counter, new ScriptCanceledException(_token));
        if (_deadline != long.MaxValue && Stopwatch.GetTimestamp() > _deadline) Trip(counter, new ScriptTimeoutException(_limits.TimeLimit!.Value));
        if (_limits.MemoryLimit is { } memory && GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart > memory)
            Trip(counter, new ScriptMemoryLimitException(memory));
    }

    /// <summary>Before allocating about <paramref name="bytes"/> at once: ends the execution if that would pass the memory limit.</summary>
    public void Reserve(FrameCounter counter, long bytes)
    {
        if (_limits.MemoryLimit is { } memory && GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart + bytes > memory)
            Trip(counter, new ScriptMemoryLimitException(memory));
    }

    /// <summary>Before writing <paramref name="text"/>: ends the execution if that would pass the output limit.</summary>
    public void ChargeOutput(FrameCounter counter, string text)
    {
        // Cleanup may print after another limit; not after this one.
        if (Tripped is ScriptOutputLimitException tripped) Rethrow(counter, tripped);
        if (_limits.MaxOutputBytes is not { } max) return;
        long bytes = Encoding.UTF8.GetByteCount(text);
        if (_output + bytes > max) Trip(counter, new ScriptOutputLimitException(max));
        _output += bytes;
    }

    /// <summary>After the execution's code returned normally: a limit it swallowed still ends it.</summary>
    public void ThrowIfTripped()
    {
        if (Tripped is { } tripped) throw tripped;
    }

    private void GrantSteps(FrameCounter counter)
    {
        long remaining = _maxSteps - _steps;
        _granted = remaining >= Grant ? Grant : (int)remaining + 1;
        counter.Countdown = _granted - 1;
    }

    private void Trip(FrameCounter counter, Exception limit)
    {
        Tripped = limit;
        Rethrow(counter, limit);
    }

    // The code on its way out gets one period of steps before the next poll throws the limit again.
    private void Rethrow(FrameCounter counter, Exception limit)
    {
        _graceLeft = Period;
        counter.Countdown = Grant - 1;
        throw limit;
    }
}
