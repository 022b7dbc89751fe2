using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests;

/// <summary>Runs a script in a fresh runtime of one engine and collects what it printed and how it ended.</summary>
internal static class EngineRun
{
    // Recursion cases go 1000 Python frames deep; a generous stack keeps the recursion limit,
    // not the test runner's thread size, the thing they hit.
    private const int StackSize = 64 * 1024 * 1024;

    /// <summary>
    /// Calls <paramref name="run"/> with a new engine of <paramref name="mode"/> and a new scope, on a
    /// thread with a large stack, and returns its stdout and the Python exception it ended with (or
    /// null). Any other exception is a defect of the engine and fails the test.
    /// </summary>
    public static (string Stdout, PyException? Error) Run(ExecutionMode mode, Action<ScriptEngine, ScriptScope> run) =>
        Run(new ScriptRuntimeSetup { ExecutionMode = mode }, run);

    /// <summary>As <see cref="Run(ExecutionMode, Action{ScriptEngine, ScriptScope})"/>, in a runtime made from <paramref name="setup"/>.</summary>
    public static (string Stdout, PyException? Error) Run(ScriptRuntimeSetup setup, Action<ScriptEngine, ScriptScope> run)
    {
        var mode = setup.ExecutionMode;
        var output = new StringWriter { NewLine = "\n" };
        PyException? error = null;
        Exception? unexpected = null;
        var thread = new Thread(() =>
        {
            var runtime = new ScriptRuntime(setup);
            runtime.IO.SetOutput(output);
            var engine = runtime.GetEngine("python");
            try
            {
                run(engine, engine.CreateScope());
            }
            catch (PyException e)
            {
                error = e;
            }
            catch (Exception e)
            {
                unexpected = e;
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (unexpected is not null) Assert.Fail($"{mode}: a .NET exception escaped the engine: {unexpected}");
        return (output.ToString(), error);
    }
}
