using System.Text;
using DlrClosures.Hosting;

namespace DlrClosures.Cli;

/// <summary>Runs scripts through the hosting API and reports uncaught exceptions as CPython does.</summary>
internal sealed class ScriptRunner
{
    public ScriptRunner(ExecutionMode mode)
    {
        // Block-buffered stdout, as CPython's when it is not a terminal; flushed before any error
        // report and at exit, so the two streams interleave as they do under CPython.
        Output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        Error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        Runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
        Runtime.IO.SetOutput(Output);
        Runtime.IO.SetErrorOutput(Error);
        Engine = Runtime.GetEngine("python");
    }

    public ScriptRuntime Runtime { get; }

    public ScriptEngine Engine { get; }

    public StreamWriter Output { get; }

    public StreamWriter Error { get; }

    public int RunFile(string path)
    {
        string code;
        try
        {
            code = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine($"dlrc: can't open file '{path}': {e.Message}");
            return 2;
        }
        // CPython reports the main script by its absolute path.
        return Run(Engine.CreateScriptSourceFromString(code, Path.GetFullPath(path), SourceCodeKind.File), CreateMainScope());
    }

    public int RunCode(string code) =>
        Run(Engine.CreateScriptSourceFromString(code, "<string>", SourceCodeKind.Statements), CreateMainScope());

    /// <summary>The scope of the program's main module: <c>__name__</c> is <c>"__main__"</c>, as under CPython.</summary>
    public ScriptScope CreateMainScope()
    {
        var scope = Engine.CreateScope();
        scope.SetVariable("__name__", "__main__");
        scope.SetVariable("__doc__", null);
        return scope;
    }

    /// <summary>Runs <paramref name="source"/>; on an uncaught exception prints its traceback and returns 1.</summary>
    public int Run(ScriptSource source, ScriptScope scope)
    {
        try
        {
            int status = source.ExecuteProgram(scope);
            Output.Flush();
            return status;
        }
        catch (Exception error)
        {
            Output.Flush();
            Error.Write(Engine.FormatException(error));
            return 1;
        }
    }
}
