using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime;

/// <summary>
/// The runtime context current on this thread: the hosting layer enters a module's context around
/// every execution and every delegate call into script code. Outside one, output goes to the
/// console and the recursion limit is CPython's default.
/// </summary>
internal static class PyContext
{
    [ThreadStatic] private static PyRuntimeContext? t_current;

    /// <summary>The current context, or null outside any.</summary>
    public static PyRuntimeContext? Current => t_current;

    /// <summary>Standard output of the running script.</summary>
    public static TextWriter Out => t_current?.Out ?? Console.Out;

    /// <summary>Standard error of the running script.</summary>
    public static TextWriter Error => t_current?.Error ?? Console.Error;

    /// <summary>
    /// Makes <paramref name="context"/> current (a null context leaves the current one in place) and
    /// returns the previous one, to hand to <see cref="Exit"/>.
    /// </summary>
    public static PyRuntimeContext? Enter(PyRuntimeContext? context)
    {
        var previous = t_current;
        if (context is not null)
        {
            t_current = context;
            Functions.PyFrames.SetLimit(context.RecursionLimit);
        }
        return previous;
    }

    /// <summary>Restores the context <see cref="Enter"/> returned.</summary>
    public static void Exit(PyRuntimeContext? previous)
    {
        t_current = previous;
        Functions.PyFrames.SetLimit(previous?.RecursionLimit ?? Functions.PyFrames.DefaultRecursionLimit);
    }

    /// <summary>
    /// An entry from the host into script code (an execution, or a call of a script function through a
    /// delegate): enters <paramref name="context"/> and puts the execution's limits in force. A nested
    /// entry without limits of its own (a script calls the host, which calls back into a script) runs
    /// under the limits of the execution around it; one with a cancellation token or overrides gets a
    /// budget of its own until it returns.
    /// </summary>
    internal static ExecutionEntry EnterExecution(PyRuntimeContext? context, ExecutionLimits overrides = default, CancellationToken token = default)
    {
        var previous = Enter(context);
        var counter = Functions.PyFrames.Counter;
        var outer = counter.Budget;
        if (outer is not null && overrides == default && !token.CanBeCanceled)
            return new ExecutionEntry(previous, null, outer, counter.Countdown, counter);
        var current = t_current;
        var budget = new ExecutionBudget(current, (current?.Limits ?? default).With(overrides), token);
        var entry = new ExecutionEntry(previous, budget, outer, counter.Countdown, counter);
        counter.Budget = budget;
        budget.Start(counter);
        current?.BeginExecution();
        return entry;
    }

    /// <summary>Undoes <see cref="EnterExecution"/>: the previous context, budget and countdown are back.</summary>
    internal static void ExitExecution(in ExecutionEntry entry)
    {
        if (entry.Budget is { } budget)
        {
            entry.Counter.Budget = entry.PreviousBudget;
            entry.Counter.Countdown = entry.PreviousBudget is null ? ExecutionBudget.Grant - 1 : entry.PreviousCountdown;
            budget.Context?.EndExecution();
        }
        Exit(entry.PreviousContext);
    }
}
