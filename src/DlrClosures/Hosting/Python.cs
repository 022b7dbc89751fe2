namespace DlrClosures.Hosting;

/// <summary>Shortcuts in the shape of IronPython.Hosting.Python: <c>Python.CreateEngine()</c>.</summary>
public static class Python
{
    /// <summary>A new runtime with default options.</summary>
    public static ScriptRuntime CreateRuntime() => new();

    /// <summary>A new runtime with the options of <paramref name="options"/> (see <see cref="CreateEngine(IDictionary{string, object})"/>).</summary>
    /// <exception cref="ArgumentException">An option is unknown or its value has the wrong type.</exception>
    public static ScriptRuntime CreateRuntime(IDictionary<string, object?> options) => CreateEngine(options).Runtime;

    /// <summary>The Python engine of a new runtime with default options.</summary>
    public static ScriptEngine CreateEngine() => new ScriptRuntime().GetEngine("python");

    /// <summary>The Python engine of a new runtime created with <paramref name="setup"/>.</summary>
    public static ScriptEngine CreateEngine(ScriptRuntimeSetup setup) => new ScriptRuntime(setup).GetEngine("python");

    /// <summary>
    /// The Python engine of a new runtime configured by name, as IronPython's
    /// <c>Python.CreateEngine(options)</c> (the options go to <see cref="ScriptRuntimeSetup.Options"/>):
    /// each key is a property of <see cref="ScriptRuntimeSetup"/>
    /// (<c>"RecursionLimit"</c>, <c>"ExecutionMode"</c>, <c>"IntMaxStrDigits"</c>, <c>"InterpretLoopFreeModules"</c>,
    /// <c>"CompileThreshold"</c>, <c>"LoopCompileThreshold"</c>, <c>"TimeLimit"</c>, <c>"MaxStatements"</c>, <c>"MemoryLimit"</c>,
    /// <c>"MaxOutputBytes"</c>), or <c>"SearchPaths"</c> (a collection of strings, see
    /// <see cref="ScriptEngine.SetSearchPaths"/>). IronPython's <c>"Debug"</c>, <c>"Frames"</c>,
    /// <c>"FullFrames"</c> and <c>"LightweightScopes"</c> are accepted and have no effect (they tune
    /// IronPython's code generation; DlrClosures always keeps frames for tracebacks). Keys are
    /// case-insensitive; an unknown key is an error rather than silently ignored, so a misspelt limit
    /// cannot go unnoticed.
    /// </summary>
    /// <exception cref="ArgumentException">An option is unknown or its value has the wrong type.</exception>
    public static ScriptEngine CreateEngine(IDictionary<string, object?> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var setup = new ScriptRuntimeSetup();
        foreach (var (key, value) in options) setup.Options[key] = value;
        return CreateEngine(setup);
    }

    /// <summary>The Python engine of <paramref name="runtime"/>.</summary>
    public static ScriptEngine GetEngine(ScriptRuntime runtime) =>
        (runtime ?? throw new ArgumentNullException(nameof(runtime))).GetEngine("python");

    /// <summary>
    /// Starts paying the compiler's first-use cost (building the grammar, loading the parser's code)
    /// on a background thread, once per process; the first compile of any engine waits for it to
    /// finish (warming up the passes after the parser meanwhile, on its own thread) and is then that
    /// much shorter. For a host that compiles soon after it starts and has
    /// other set-up to do first: <c>dlrc</c> calls it before it opens its streams, creates its
    /// runtime and reads the program, about 20 ms of CPU time that the warm-up can overlap when a
    /// core is free. It costs about 3 ms of CPU time beyond what the first compile would have spent.
    /// </summary>
    public static void WarmUpInBackground() => CompilerWarmUp.Start();
}
