namespace DlrClosures.Runtime.Limits;

/// <summary>
/// The limits of one execution; a null member is no limit. A runtime has defaults
/// (<see cref="PyRuntimeContext.Limits"/>) that a single execution may override member by member.
/// </summary>
internal readonly record struct ExecutionLimits(TimeSpan? TimeLimit, long? MaxStatements, long? MemoryLimit, long? MaxOutputBytes)
{
    /// <summary>These limits, with each member <paramref name="overrides"/> sets taking its place.</summary>
    public ExecutionLimits With(ExecutionLimits overrides) => new(
        overrides.TimeLimit ?? TimeLimit,
        overrides.MaxStatements ?? MaxStatements,
        overrides.MemoryLimit ?? MemoryLimit,
        overrides.MaxOutputBytes ?? MaxOutputBytes);
}
