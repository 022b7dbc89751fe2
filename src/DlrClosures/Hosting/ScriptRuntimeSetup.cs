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

    /// <summary>
    /// With <see cref="Hosting.ExecutionMode.Compile"/>: whether a module body that has no loop (no
    /// <c>for</c>, <c>while</c> or comprehension of its own) runs on the interpreter, while every
    /// <c>def</c> and <c>lambda</c> in it is still compiled. Such a body runs each statement once, and
    /// translating it to IL costs more than interpreting it (about 45 ms of CPU time for
    /// <c>print("hello")</c>, most of it the first <c>LambdaExpression.Compile</c>). False by default,
    /// so a host that compiles a module once and runs it many times gets IL; <c>dlrc</c> sets it.
    /// </summary>
    public bool InterpretLoopFreeModules { get; set; }
}
