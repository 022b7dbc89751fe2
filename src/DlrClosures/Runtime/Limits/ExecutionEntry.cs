using DlrClosures.Runtime.Functions;

namespace DlrClosures.Runtime.Limits;

/// <summary>
/// What <see cref="PyContext.EnterExecution"/> changed on the thread, for <see cref="PyContext.ExitExecution"/>
/// to restore: the previous context and, when the entry started a budget of its own, the budget and countdown it replaced.
/// </summary>
internal readonly record struct ExecutionEntry(
    PyRuntimeContext? PreviousContext,
    ExecutionBudget? Budget,
    ExecutionBudget? PreviousBudget,
    int PreviousCountdown,
    FrameCounter Counter);
