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

    /// <summary>
    /// Whether the runtime's engine compiles code to IL (<see cref="Hosting.ExecutionMode.Compile"/>,
    /// the default) or interprets the syntax tree (<see cref="Hosting.ExecutionMode.Interpret"/>).
    /// </summary>
    public ExecutionMode ExecutionMode { get; set; } = ExecutionMode.Compile;
}
