using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// Runs a script as a host does, on a thread with .NET's default 1 MB stack, then a normal script on
/// the same engine: the worst a script may do there is raise a Python exception, and the engine must
/// stay usable. A stack overflow ends the whole test run.
/// </summary>
internal static class DefaultStackHost
{
    public const int StackBytes = 1024 * 1024;

    /// <summary>The script's Python exception (or null) and all the output, the next script's <c>ok</c> last.</summary>
    public static (PyException? Error, string Output) Run(ExecutionMode mode, string script)
    {
        PyException? error = null;
        Exception? unexpected = null;
        var output = new StringWriter { NewLine = "\n" };
        var thread = new Thread(() =>
        {
            try
            {
                var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
                runtime.IO.SetOutput(output);
                var engine = runtime.GetEngine("python");
                try
                {
                    engine.Execute(script, engine.CreateScope());
                }
                catch (PyException e)
                {
                    error = e;
                }
                engine.Execute("print('ok')", engine.CreateScope());
            }
            catch (Exception e)
            {
                unexpected = e;
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        if (unexpected is not null) Assert.Fail($"{mode}: {unexpected}");
        return (error, output.ToString());
    }

    /// <summary>The script runs without a Python exception on both engines and prints <paramref name="expected"/>, and the next script runs.</summary>
    public static void AssertRuns(string script, string expected)
    {
        foreach (var mode in new[] { ExecutionMode.Compile, ExecutionMode.Interpret })
        {
            var (error, output) = Run(mode, script);
            Assert.Multiple(() =>
            {
                Assert.That(error, Is.Null, $"{mode}: {error?.FormatExceptionOnly()}");
                Assert.That(output, Is.EqualTo(expected + "ok\n"), mode.ToString());
            });
        }
    }
}
