using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Runtime.Limits;

/// <summary>
/// Checkpoints: where running code gives the host's limits (time, cancellation, steps, memory,
/// output) and interrupts a chance to act. Every frame entry is one (<see cref="PyFrames.Enter"/>,
/// the frame protocol both back ends share); so is every loop iteration, which the binder marks
/// (<see cref="Binding.BoundWhile.Checkpoint"/>, <see cref="Binding.BoundFor.Checkpoint"/>) and both
/// back ends translate into <see cref="Checkpoint"/>; built-ins that iterate call <see cref="Step"/>
/// per item and check large allocations and output beforehand (<see cref="ReserveMemory"/>, <see cref="ChargeOutput"/>).
/// </summary>
internal static class PyLimits
{
    /// <summary>One step: a decrement of the thread's countdown, and the slow path when it runs out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Checkpoint(FrameCounter counter)
    {
        if (--counter.Countdown < 0) Poll(counter);
    }

    /// <summary>The slow path of <see cref="Checkpoint"/> (<see cref="ExecutionBudget.Poll"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Poll(FrameCounter counter)
    {
        if (counter.Budget is { } budget) budget.Poll(counter);
        else counter.Countdown = ExecutionBudget.Grant - 1;
    }

    /// <summary>The frame counter of this thread, for a built-in that will call <see cref="Checkpoint"/> per item.</summary>
    internal static FrameCounter Steps => PyFrames.Counter;

    /// <summary>One item consumed by a built-in: a step like a loop iteration.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Step(FrameCounter counter) => Checkpoint(counter);

    /// <summary>Before a single allocation of about <paramref name="bytes"/>: the memory limit is checked first.</summary>
    internal static void ReserveMemory(long bytes)
    {
        var counter = PyFrames.Counter;
        counter.Budget?.Reserve(counter, bytes);
    }

    /// <summary>
    /// Between the long steps of a built-in that has no per-item loop (the multiplications of a huge
    /// power): the time, cancellation and memory limits, read now rather than at the next period.
    /// </summary>
    internal static void CheckNow()
    {
        var counter = PyFrames.Counter;
        counter.Budget?.CheckNow(counter);
    }

    /// <summary>Before <paramref name="text"/> is written to the script's output: the output limit is checked first.</summary>
    internal static void ChargeOutput(string text)
    {
        var counter = PyFrames.Counter;
        counter.Budget?.ChargeOutput(counter, text);
    }

    /// <summary>Whether <paramref name="error"/> ends an execution (a limit or a cancellation): no script handler matches it.</summary>
    public static bool IsLimit(Exception error) => error is ScriptLimitException or ScriptCanceledException;
}
