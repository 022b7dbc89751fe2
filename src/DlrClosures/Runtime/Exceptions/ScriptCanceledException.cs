namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// The execution's <see cref="CancellationToken"/> was cancelled: it ended at its next checkpoint as a
/// <see cref="ScriptLimitException"/> would (no script handler catches it, <c>finally</c> runs).
/// </summary>
public sealed class ScriptCanceledException : OperationCanceledException
{
    /// <summary>An exception for <paramref name="token"/>.</summary>
    public ScriptCanceledException(CancellationToken token) : base("the script was cancelled", token) { }
}
