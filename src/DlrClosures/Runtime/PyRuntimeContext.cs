namespace DlrClosures.Runtime;

/// <summary>
/// What a script's code needs from the runtime that hosts it: where <c>print</c> writes and how
/// deep Python calls may nest. Each module namespace (<see cref="PyGlobals.Context"/>) knows its
/// runtime's context, and <see cref="PyContext"/> makes it current while that module's code runs,
/// including when a host calls a script function through a delegate.
/// </summary>
internal sealed class PyRuntimeContext
{
    // Null is the process console, read when first written to: Console.Out and Console.Error are
    // costly to create (they work out the terminal's encoding), and a host such as dlrc that sets its
    // own writers should not pay for them at start-up.
    private TextWriter? _out;
    private TextWriter? _error;

    /// <summary>Standard output of scripts: <see cref="Console.Out"/> unless set.</summary>
    public TextWriter Out { get => _out ?? Console.Out; set => _out = value; }

    /// <summary>Standard error of scripts: <see cref="Console.Error"/> unless set.</summary>
    public TextWriter Error { get => _error ?? Console.Error; set => _error = value; }

    private TextReader? _in;

    /// <summary>Standard input of scripts: <see cref="Console.In"/> unless set (read by <c>input()</c> once the builtins have it).</summary>
    public TextReader In { get => _in ?? Console.In; set => _in = value; }

    /// <summary>Sends <see cref="Out"/>, <see cref="Error"/> and <see cref="In"/> back to the process console.</summary>
    internal void UseConsole()
    {
        _out = null;
        _error = null;
        _in = null;
    }

    /// <summary>
    /// The runtime's shared namespace (the hosting API's <c>ScriptRuntime.Globals</c>): a global name
    /// that neither the module nor the builtins bind is looked up here before NameError.
    /// </summary>
    internal PyGlobals? HostGlobals { get; set; }

    /// <summary>
    /// Prepares source text for <c>compile</c>, <c>eval</c> and <c>exec</c>: (text, filename, mode)
    /// where mode is 'exec', 'eval' or 'single'. The hosting layer sets it to its own pipeline, so the
    /// code runs on the runtime's engine.
    /// </summary>
    internal Func<string, string, string, Functions.PyCode>? Compiler { get; set; }


    private int _recursionLimit = Functions.PyFrames.DefaultRecursionLimit;

    /// <summary>
    /// CPython's <c>sys.getrecursionlimit()</c>; in force on a thread while the context is current
    /// (<see cref="PyContext.Enter"/>). Set by the host (which also makes it the
    /// <see cref="HostRecursionLimit"/>), then lowered or raised back by <c>sys.setrecursionlimit</c>.
    /// </summary>
    public int RecursionLimit
    {
        get => _recursionLimit;
        init => _recursionLimit = HostRecursionLimit = value;
    }

    /// <summary>The most <c>sys.setrecursionlimit</c> may set: the limit the host chose.</summary>
    public int HostRecursionLimit { get; private init; } = Functions.PyFrames.DefaultRecursionLimit;

    /// <summary><c>sys.setrecursionlimit</c>: a limit no higher than <see cref="HostRecursionLimit"/>.</summary>
    internal void SetRecursionLimit(int limit) => _recursionLimit = Math.Min(limit, HostRecursionLimit);

    private Imports.ImportState? _imports;

    /// <summary>The import system of this runtime: <c>sys</c>, <c>sys.modules</c>, <c>sys.path</c>.</summary>
    internal Imports.ImportState Imports => LazyInitializer.EnsureInitialized(ref _imports, () => new Imports.ImportState(this));

    /// <summary>
    /// CPython's <c>sys.get_int_max_str_digits()</c>: the most digits <c>int(str)</c>, <c>str(int)</c>
    /// and decimal formatting convert in a base that is not a power of two (0: no limit). <c>sys.set_int_max_str_digits</c>
    /// calls <see cref="SetIntMaxStrDigits"/>.
    /// </summary>
    public int IntMaxStrDigits { get; private set; } = Operations.IntDigits.DefaultMaxStrDigits;

    /// <summary>
    /// <c>sys.set_int_max_str_digits(maxdigits)</c>: 0 or at least 640, else
    /// <c>ValueError: maxdigits must be 0 or larger than 640</c>.
    /// </summary>
    public void SetIntMaxStrDigits(int maxDigits)
    {
        if (maxDigits != 0 && maxDigits < Operations.IntDigits.MinMaxStrDigits)
            throw Exceptions.PyErrors.ValueError(Operations.PyMessages.MaxStrDigitsTooSmall);
        IntMaxStrDigits = maxDigits;
    }

    /// <summary>
    /// What the scripts of this context may reach (the host's <c>ScriptRuntimeSetup.Permissions</c>):
    /// the interop layer's gate (<see cref="Interop.ClrAccess"/>) reads it while a script runs.
    /// </summary>
    internal PyPermissions Permissions { get; init; } = PyPermissions.None;

    /// <summary>The limits of every execution entered through this context, unless the host overrides them for one.</summary>
    internal Limits.ExecutionLimits Limits { get; init; }

    private int _running;
    private volatile bool _interruptRequested;

    /// <summary>Whether an interrupt waits for the next checkpoint of a running execution.</summary>
    internal bool InterruptRequested => _interruptRequested;

    /// <summary>
    /// Asks the running executions of this context to raise <c>KeyboardInterrupt</c> at their next
    /// checkpoint; false when none is running (the request is then dropped, as CPython drops a SIGINT
    /// that arrives while it waits at the prompt).
    /// </summary>
    internal bool RequestInterrupt()
    {
        if (Volatile.Read(ref _running) == 0) return false;
        _interruptRequested = true;
        return true;
    }

    /// <summary>Claims a pending interrupt: true for the one checkpoint that raises it.</summary>
    internal bool TakeInterrupt()
    {
        if (!_interruptRequested) return false;
        _interruptRequested = false;
        return true;
    }

    internal void BeginExecution() => Interlocked.Increment(ref _running);

    internal void EndExecution()
    {
        if (Interlocked.Decrement(ref _running) == 0) _interruptRequested = false;
    }
}
