namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// The execution took more steps than its statement limit allows. A step is a checkpoint: a Python
/// frame entry (the module body, a function call), one iteration of a <c>for</c> or <c>while</c> loop (comprehension loops included),
/// or one item consumed by a built-in that iterates (<c>sum</c>, <c>list</c>, <c>sorted</c>, <c>str.join</c>, ...).
/// </summary>
public sealed class ScriptStatementLimitException : ScriptLimitException
{
    /// <summary>An exception for the limit <paramref name="limit"/>.</summary>
    public ScriptStatementLimitException(long limit) : base($"the script ran past its limit of {limit} statements") => Limit = limit;

    /// <summary>The number of steps that was exceeded.</summary>
    public long Limit { get; }
}
