namespace DlrClosures.Runtime;

/// <summary>
/// What a script's code needs from the runtime that hosts it: where <c>print</c> writes and how
/// deep Python calls may nest. Each module namespace (<see cref="PyGlobals.Context"/>) knows its
/// runtime's context, and <see cref="PyContext"/> makes it current while that module's code runs,
/// including when a host calls a script function through a delegate.
/// </summary>
public sealed class PyRuntimeContext
{
    /// <summary>Standard output of scripts.</summary>
    public TextWriter Out { get; set; } = Console.Out;

    /// <summary>Standard error of scripts.</summary>
    public TextWriter Error { get; set; } = Console.Error;

    /// <summary>CPython's <c>sys.getrecursionlimit()</c>; in force on a thread while the context is current (<see cref="PyContext.Enter"/>).</summary>
    public int RecursionLimit { get; init; } = Functions.PyFrames.DefaultRecursionLimit;
}
