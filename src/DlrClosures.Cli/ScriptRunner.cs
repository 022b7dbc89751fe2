using DlrClosures.Hosting;

namespace DlrClosures.Cli;

/// <summary>Runs programs through the hosting API and reports their end as CPython does: the traceback, and the exit status.</summary>
internal sealed class ScriptRunner
{
    /// <summary>CPython's exit status for an uncaught KeyboardInterrupt (128 + SIGINT, <c>Modules/main.c</c> <c>exit_sigint</c>).</summary>
    private const int InterruptedStatus = 130;

    private readonly StandardStreams _streams;

    // Back edges a call of a function with loops runs on the interpreter (measured in docs/performance.md).
    private const int LoopCompileThreshold = 1000;

    public ScriptRunner(ExecutionMode mode, StandardStreams streams, TimeSpan? timeLimit = null, IReadOnlyList<string>? arguments = null)
    {
        _streams = streams;
        // A program's module body without loops is interpreted, and so are the first calls of its
        // functions: start-up then pays no IL compile for code that runs once or a few times
        // (ScriptRuntimeSetup.InterpretLoopFreeModules and CompileThreshold); a call whose loops run
        // long goes on in compiled code in the middle of the loop (LoopCompileThreshold).
        Runtime = new ScriptRuntime(new ScriptRuntimeSetup
        {
            ExecutionMode = mode,
            InterpretLoopFreeModules = true,
            CompileThreshold = 100,
            LoopCompileThreshold = LoopCompileThreshold,
            TimeLimit = timeLimit,
            // CPython's reach for a program run from the command line: its files and environment,
            // no .NET beyond what the runtime itself hands scripts (docs/hosting.md, Permissions).
            Permissions = ScriptPermissions.CommandLine,
            // sys.argv as CPython sets it (the program as named, then its arguments), and sys.executable.
            Options = { ["Arguments"] = arguments ?? [""], ["Executable"] = Environment.ProcessPath ?? "" },
        });
        Runtime.IO.SetOutput(streams.Output);
        Runtime.IO.SetErrorOutput(streams.Error);
        Engine = Runtime.GetEngine("python");
    }

    public ScriptRuntime Runtime { get; }

    /// <summary>Whether the interactive session has begun (then a SIGINT while no code runs is only reported).</summary>
    public volatile bool Interactive;

    public ScriptEngine Engine { get; }

    public TextWriter Output => _streams.Output;

    public TextWriter Error => _streams.Error;

    /// <summary>Runs the file at <paramref name="path"/>, reported by its absolute path as CPython reports the main script.</summary>
    public int RunFile(string path, ScriptScope scope, bool inspect = false)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                // CPython runs a directory's __main__.py (as a zip application's); dlrc does too.
                string main = Path.Combine(path, "__main__.py");
                if (!File.Exists(main))
                {
                    Error.Write($"dlrc: can't find '__main__' module in '{path}'\n");
                    return 1;
                }
                path = main;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error.Write($"dlrc: can't open file '{Path.GetFullPath(path)}': {OsError(e)}\n");
            return 2;
        }
        return RunBytes(bytes, Path.GetFullPath(path), scope, inspect);
    }

    /// <summary>
    /// <c>-m module</c>: the module's file in the current folder (CPython's <c>sys.path[0]</c> for
    /// <c>-m</c>), a package's <c>__main__.py</c> for a package, and the package it belongs to (its
    /// <c>__package__</c> when it runs as <c>__main__</c>, so that its relative imports work); null
    /// when there is none.
    /// </summary>
    public static (string Path, string Package)? FindModule(string module)
    {
        if (module.Split('.').Any(part => part.Length == 0)) return null;
        string folder = Directory.GetCurrentDirectory();
        string relative = Path.Combine(folder, Path.Combine(module.Split('.')));
        string parent = module.Contains('.') ? module[..module.LastIndexOf('.')] : "";
        if (File.Exists(relative + ".py")) return (relative + ".py", parent);
        if (File.Exists(Path.Combine(relative, "__init__.py")) && File.Exists(Path.Combine(relative, "__main__.py")))
            return (Path.Combine(relative, "__main__.py"), module);
        return null;
    }

    /// <summary>Runs a module found by <see cref="FindModule"/> as <c>__main__</c>, with the current folder searched for its imports.</summary>
    public int RunModule(string path, string package, ScriptScope scope)
    {
        Engine.SetSearchPaths([Directory.GetCurrentDirectory()]);
        if (package.Length > 0) scope.SetVariable("__package__", package);
        return RunFile(path, scope);
    }

    /// <summary>Runs the program read from standard input, as CPython runs <c>python -</c> or a piped stdin: to its end or its first error.</summary>
    public int RunStandardInput(ScriptScope scope, bool inspect = false)
    {
        using var input = new MemoryStream();
        Console.OpenStandardInput().CopyTo(input);
        return RunBytes(input.ToArray(), "<stdin>", scope, inspect);
    }

    public int RunCode(string code, ScriptScope scope, bool inspect = false) =>
        Run(Engine.CreateScriptSourceFromString(code, "<string>", SourceCodeKind.Statements), scope, inspect);

    private int RunBytes(byte[] bytes, string path, ScriptScope scope, bool inspect)
    {
        var (text, error) = SourceReader.Decode(bytes, path);
        if (text is null)
        {
            Error.Write($"SyntaxError: {error}\n");
            return 1;
        }
        return Run(Engine.CreateScriptSourceFromString(text, path, SourceCodeKind.File), scope, inspect);
    }

    /// <summary>The scope of the program's main module: <c>__name__</c> is <c>"__main__"</c>, as under CPython.</summary>
    public ScriptScope CreateMainScope()
    {
        var scope = Engine.CreateScope();
        scope.SetVariable("__name__", "__main__");
        scope.SetVariable("__doc__", null);
        return scope;
    }

    /// <summary>
    /// Runs <paramref name="source"/>; on an uncaught exception prints its traceback and returns
    /// CPython's exit status. With <paramref name="inspect"/> (<c>-i</c>, a prompt follows), a
    /// SystemExit is reported as any other exception, as CPython does then.
    /// </summary>
    public int Run(ScriptSource source, ScriptScope scope, bool inspect = false)
    {
        try
        {
            int status = inspect ? Execute(source, scope) : source.ExecuteProgram(scope);
            Output.Flush();
            return status;
        }
        catch (Exception error)
        {
            FlushQuietly();
            string report = Engine.FormatException(error);
            if (_streams.StdoutClosed)
            {
                // The exception is the failed write to a closed pipe: CPython's BrokenPipeError.
                report = report[..(report.TrimEnd('\n').LastIndexOf('\n') + 1)] + "BrokenPipeError: [Errno 32] Broken pipe\n";
                Error.Write(report);
                return 1;
            }
            Error.Write(report);
            return PythonExceptions.TypeName(error) == "KeyboardInterrupt" ? InterruptedStatus : 1;
        }
    }

    private static int Execute(ScriptSource source, ScriptScope scope)
    {
        source.Execute(scope);
        return 0;
    }

    private void FlushQuietly()
    {
        try
        {
            Output.Flush();
        }
        catch (IOException)
        {
            // a closed pipe: reported by the caller
        }
    }

    // CPython's "[Errno N] strerror" for the usual reasons a file cannot be opened.
    private static string OsError(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "[Errno 2] No such file or directory",
        UnauthorizedAccessException => "[Errno 13] Permission denied",
        _ => e.Message,
    };
}
