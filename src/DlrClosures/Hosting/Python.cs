namespace DlrClosures.Hosting;

/// <summary>Shortcuts in the shape of IronPython.Hosting.Python: <c>Python.CreateEngine()</c>.</summary>
public static class Python
{
    /// <summary>A new runtime with default options.</summary>
    public static ScriptRuntime CreateRuntime() => new();

    /// <summary>The Python engine of a new runtime with default options.</summary>
    public static ScriptEngine CreateEngine() => new ScriptRuntime().GetEngine("python");

    /// <summary>The Python engine of a new runtime created with <paramref name="setup"/>.</summary>
    public static ScriptEngine CreateEngine(ScriptRuntimeSetup setup) => new ScriptRuntime(setup).GetEngine("python");

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
