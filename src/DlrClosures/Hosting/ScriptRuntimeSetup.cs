namespace DlrClosures.Hosting;

/// <summary>Options for a <see cref="ScriptRuntime"/>, fixed when the runtime is created.</summary>
public sealed class ScriptRuntimeSetup
{
    /// <summary>
    /// The deepest Python call nesting before <c>RecursionError: maximum recursion depth exceeded</c>
    /// (CPython's <c>sys.getrecursionlimit()</c>, 1000 by default). Deep recursion never overflows
    /// the .NET stack: when the thread's stack runs low first, the RecursionError comes earlier.
    /// </summary>
    public int RecursionLimit { get; set; } = Runtime.Functions.PyFrames.DefaultRecursionLimit;
}
