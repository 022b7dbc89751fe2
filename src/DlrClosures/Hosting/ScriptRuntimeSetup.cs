namespace DlrClosures.Hosting;

/// <summary>Options for a <see cref="ScriptRuntime"/>, fixed when the runtime is created.</summary>
public sealed class ScriptRuntimeSetup
{
    /// <summary>
    /// Options by name, as the DLR's setup carries them (IronPython hosts fill it, or pass a dictionary
    /// to <see cref="Python.CreateEngine(IDictionary{string, object})"/>): the keys are the names of the
    /// properties below (<c>"RecursionLimit"</c>, <c>"TimeLimit"</c>, ..., case-insensitive), whose
    /// values they replace when the runtime is created, and <c>"SearchPaths"</c> (a collection of
    /// strings, given to <see cref="ScriptEngine.SetSearchPaths"/>), <c>"Arguments"</c> (a collection of
    /// strings: the scripts' <c>sys.argv</c>, empty when not given) and <c>"Executable"</c> (a string:
    /// <c>sys.executable</c>, '' when not given). IronPython's <c>"Debug"</c>,
    /// <c>"Frames"</c>, <c>"FullFrames"</c> and <c>"LightweightScopes"</c> are accepted and have no
    /// effect. An unknown key, or a value of the wrong type, makes the runtime's constructor throw an
    /// <see cref="ArgumentException"/>.
    /// </summary>
    public IDictionary<string, object?> Options { get; } = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The deepest Python call nesting before <c>RecursionError: maximum recursion depth exceeded</c>
    /// (CPython's <c>sys.getrecursionlimit()</c>, 1000 by default). Deep recursion never overflows
    /// the .NET stack: when the thread's stack runs low first, the RecursionError comes earlier.
    /// </summary>
    public int RecursionLimit { get; set; } = Runtime.Functions.PyFrames.DefaultRecursionLimit;

    /// <summary>
    /// The most digits <c>int(str)</c>, <c>str(int)</c> and decimal formatting convert, in a base that
    /// is not a power of two (CPython 3.11's <c>sys.set_int_max_str_digits</c>, 4300 by default); past
    /// it the script gets <c>ValueError: Exceeds the limit (4300 digits) for integer string
    /// conversion...</c>. 0 means no limit; otherwise at least 640. Conversions take time below
    /// quadratic in the number of digits, so a host may raise it.
    /// </summary>
    public int IntMaxStrDigits { get; set; } = Runtime.Operations.IntDigits.DefaultMaxStrDigits;

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

    /// <summary>
    /// With <see cref="Hosting.ExecutionMode.Compile"/>: how many calls a <c>def</c> or
    /// <c>lambda</c> of a module body (or of a class body in it) runs on the interpreter before it is
    /// compiled, when it has no loop of its own; the defs and lambdas nested in it follow the same
    /// rule while it is interpreted. A function with a loop is compiled at its first call (unless
    /// <see cref="LoopCompileThreshold"/> is set), as is every function when this is 0, the default.
    /// Jitting a function's compiled body costs milliseconds (more for long arithmetic), which a
    /// function that runs a few times never earns back. <c>dlrc</c> sets 100.
    /// </summary>
    public int CompileThreshold { get; set; }

    /// <summary>
    /// With <see cref="CompileThreshold"/> set: a function with a loop also starts on the
    /// interpreter, and a call whose loops have taken this many back edges (all its loops together)
    /// leaves the interpreter at the back edge where the count was reached, with its locals as they
    /// are (on-stack replacement): the rest of the call runs compiled, or, for a loop inside a
    /// comprehension, a <c>try</c> or <c>with</c> block or an <c>else</c> clause, that loop runs
    /// compiled to its end and the interpreter goes on after it. A later call that gets there takes
    /// the same compiled code, and the whole function is compiled at its
    /// <see cref="CompileThreshold"/>th call. A function with a loop in an <c>except</c> clause or a
    /// class body is compiled at its first call. 0, the default: a function with a loop is compiled
    /// at its first call. <c>dlrc</c> sets 1,000.
    /// </summary>
    public int LoopCompileThreshold { get; set; }

    /// <summary>
    /// What the runtime's scripts may reach beyond the objects the host hands them
    /// (<see cref="ScriptPermissions"/>): by default <see cref="ScriptPermissions.Embedded"/>, no file
    /// system, no environment, no processes and no .NET reflection or other guarded type. The runtime
    /// takes a copy when it is created. As a named option (<see cref="Options"/>), <c>"Permissions"</c>
    /// takes a <see cref="ScriptPermissions"/>.
    /// </summary>
    public ScriptPermissions Permissions { get; set; } = ScriptPermissions.Embedded;

    // The execution limits. Each is checked at checkpoints: the entry of every Python frame, each
    // iteration of every loop (comprehensions included) and each item a built-in consumes; every
    // limit is in force for each entry from the host into script code (an execution, or a call of a
    // script function through a delegate), counted from that entry.

    /// <summary>
    /// The wall-clock time one execution may take; null (the default) for no limit. Past it the
    /// execution ends at its next checkpoint with a <see cref="Runtime.Exceptions.ScriptTimeoutException"/>
    /// (the clock is read every 1,024 checkpoints, so the end comes shortly after the limit, not at it).
    /// A long single operation that has no checkpoint (one huge multiplication) is not interrupted.
    /// </summary>
    public TimeSpan? TimeLimit { get; set; }

    /// <summary>
    /// The steps one execution may take; null (the default) for no limit. A step is a checkpoint: the
    /// entry of a Python frame (the module body once, each call of a function or lambda), one
    /// iteration of a <c>for</c> or <c>while</c> loop or of a comprehension's loop (a loop of n
    /// iterations takes n + 1 steps: the last finds the iterator exhausted or the test false), or one
    /// item consumed by a built-in that iterates (<c>sum</c>, <c>list</c>, <c>sorted</c>,
    /// <c>str.join</c>, ...). Straight-line statements are not counted, since they cannot run
    /// without end. The count is exact and the same on both engines: step <c>MaxStatements + 1</c>
    /// ends the execution with a <see cref="Runtime.Exceptions.ScriptStatementLimitException"/>.
    /// </summary>
    public long? MaxStatements { get; set; }

    /// <summary>
    /// The bytes one execution may allocate; null (the default) for no limit. Measured as the bytes
    /// allocated on the executing thread since the execution began (<see cref="GC.GetAllocatedBytesForCurrentThread"/>,
    /// which counts garbage too: it is an allocation budget, not a heap size), read every 1,024
    /// checkpoints, and checked before a single large allocation (<c>'a' * n</c>, <c>[0] * n</c>,
    /// <c>x ** n</c>) is made. Past it: <see cref="Runtime.Exceptions.ScriptMemoryLimitException"/>.
    /// </summary>
    public long? MemoryLimit { get; set; }

    /// <summary>
    /// The bytes one execution may print (UTF-8, as <c>print</c> writes them); null (the default)
    /// for no limit. The <c>print</c> that would cross it writes nothing and ends the execution with a
    /// <see cref="Runtime.Exceptions.ScriptOutputLimitException"/>.
    /// </summary>
    public long? MaxOutputBytes { get; set; }
}
