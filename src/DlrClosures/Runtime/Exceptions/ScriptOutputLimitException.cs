namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// The execution tried to write more than its output limit: the UTF-8 bytes of everything
/// <c>print</c> (and the interactive display of values) writes. The write that would cross the limit
/// does not happen.
/// </summary>
public sealed class ScriptOutputLimitException : ScriptLimitException
{
    /// <summary>An exception for the limit <paramref name="limit"/> in bytes.</summary>
    public ScriptOutputLimitException(long limit) : base($"the script wrote past its output limit of {limit} bytes") => Limit = limit;

    /// <summary>The output limit in bytes.</summary>
    public long Limit { get; }
}
