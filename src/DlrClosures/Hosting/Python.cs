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
}
