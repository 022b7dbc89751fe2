using DlrClosures.Runtime.Limits;

namespace DlrClosures.Hosting;

/// <summary>
/// Limits for one execution (<see cref="ScriptEngine.Execute(string, ScriptScope, ScriptLimits, CancellationToken)"/>,
/// <see cref="CompiledCode.Execute(ScriptScope, ScriptLimits, CancellationToken)"/>). Each member that is set
/// replaces the runtime's default from <see cref="ScriptRuntimeSetup"/> for that execution; a null member keeps it.
/// What each limit counts and what happens when it is reached is described on <see cref="ScriptRuntimeSetup"/>.
/// </summary>
public sealed class ScriptLimits
{
    /// <summary>Wall-clock time the execution may take (<see cref="ScriptRuntimeSetup.TimeLimit"/>).</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Steps the execution may take (<see cref="ScriptRuntimeSetup.MaxStatements"/>).</summary>
    public long? MaxStatements { get; init; }

    /// <summary>Bytes the execution may allocate (<see cref="ScriptRuntimeSetup.MemoryLimit"/>).</summary>
    public long? MemoryLimit { get; init; }

    /// <summary>Bytes the execution may print (<see cref="ScriptRuntimeSetup.MaxOutputBytes"/>).</summary>
    public long? MaxOutputBytes { get; init; }

    internal ExecutionLimits ToExecutionLimits() => new(TimeLimit, MaxStatements, MemoryLimit, MaxOutputBytes);

    // The same checks for the runtime's defaults and for one execution's.
    internal static void Validate(TimeSpan? time, long? statements, long? memory, long? output, string parameter)
    {
        if (time <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(parameter, "TimeLimit must be positive");
        if (statements < 0) throw new ArgumentOutOfRangeException(parameter, "MaxStatements must not be negative");
        if (memory < 0) throw new ArgumentOutOfRangeException(parameter, "MemoryLimit must not be negative");
        if (output < 0) throw new ArgumentOutOfRangeException(parameter, "MaxOutputBytes must not be negative");
    }
}
