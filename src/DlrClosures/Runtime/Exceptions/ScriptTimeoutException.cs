namespace DlrClosures.Runtime.Exceptions;

/// <summary>The execution ran longer than its time limit (wall clock, checked at checkpoints).</summary>
public sealed class ScriptTimeoutException : ScriptLimitException
{
    /// <summary>An exception for the limit <paramref name="limit"/>.</summary>
    public ScriptTimeoutException(TimeSpan limit) : base($"the script ran past its time limit of {limit}") => Limit = limit;

    /// <summary>The time limit that was exceeded.</summary>
    public TimeSpan Limit { get; }
}
