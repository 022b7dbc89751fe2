namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// The execution allocated more than its memory budget: bytes allocated on the executing thread
/// since the execution began (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), measured at
/// checkpoints, and checked before a single large allocation (<c>'a' * n</c>, <c>[0] * n</c>, <c>x ** n</c>).
/// </summary>
public sealed class ScriptMemoryLimitException : ScriptLimitException
{
    /// <summary>An exception for the limit <paramref name="limit"/> in bytes.</summary>
    public ScriptMemoryLimitException(long limit) : base($"the script allocated past its memory limit of {limit} bytes") => Limit = limit;

    /// <summary>The allocation budget in bytes.</summary>
    public long Limit { get; }
}
