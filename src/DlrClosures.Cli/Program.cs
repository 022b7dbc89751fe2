using System.CommandLine;
using DlrClosures.Hosting;

namespace DlrClosures.Cli;

/// <summary>
/// <c>dlrc</c>: runs a Python file (<c>dlrc FILE.py [args...]</c>), a code string (<c>dlrc -c CODE</c>),
/// or, with neither, an interactive prompt; <c>--engine interpret</c> runs it on the tree-walking
/// interpreter instead of compiling it. Exits 1 when the script raises, as CPython does.
/// </summary>
public static class Program
{
    // Python recursion is bounded by the engine's recursion limit; the script thread gets a large
    // stack so that the limit, not the stack, is what a deep recursion meets.
    private const int ScriptThreadStackSize = 256 * 1024 * 1024;

    public static int Main(string[] args)
    {
        // Start-up: building and running the System.CommandLine parser costs about 10 ms of CPU,
        // so the common `dlrc FILE [args...]` and `dlrc --engine MODE FILE [args...]` skip it when that
        // changes nothing (IsPlainFileRun).
        if (IsPlainFileRun(args))
            return Run(ExecutionMode.Compile, runner => runner.RunFile(args[0]));
        if (args is ["--engine", "compile" or "interpret", ..] && IsPlainFileRun(args[2..]))
        {
            var mode = args[1] == "interpret" ? ExecutionMode.Interpret : ExecutionMode.Compile;
            return Run(mode, runner => runner.RunFile(args[2]));
        }

        var code = new Option<string?>("-c") { Description = "Program passed in as a string.", HelpName = "code" };
        var engine = new Option<string>("--engine")
        {
            Description = "How to run the program: compile it to IL (the default) or interpret the syntax tree.",
            HelpName = "compile|interpret",
            DefaultValueFactory = _ => "compile",
        };
        engine.AcceptOnlyFromAmong("compile", "interpret");
        var file = new Argument<string?>("file") { Description = "The Python file to run.", Arity = ArgumentArity.ZeroOrOne };
        var scriptArgs = new Argument<string[]>("args")
        {
            Description = "Arguments passed to the script.",
            Arity = ArgumentArity.ZeroOrMore,
            CaptureRemainingTokens = true,
        };
        var root = new RootCommand("DlrClosures: runs Python 3 programs on .NET, with closures compiled to IL.")
        {
            code, engine, file, scriptArgs,
        };
        int exitCode = 0;
        root.SetAction(result =>
        {
            var mode = result.GetValue(engine) == "interpret" ? ExecutionMode.Interpret : ExecutionMode.Compile;
            exitCode = Run(mode, runner =>
                result.GetValue(code) is { } text ? runner.RunCode(text)
                : result.GetValue(file) is { } path ? runner.RunFile(path)
                : new Repl(runner).Run());
            return exitCode;
        });
        return root.Parse(args).Invoke();
    }

    /// <summary>
    /// Whether <paramref name="args"/> is a file followed by script arguments and nothing else the
    /// command line parser would act on: the parser then takes the first token as the file and
    /// captures every later one for the script, so running the file directly does the same. It acts
    /// on a first token that is an option or <c>--</c> (<c>-</c>), a directive (<c>[diagram]</c>) or
    /// a help alias (<c>/h</c>, <c>/?</c>), and on a response file (<c>@file</c>) anywhere.
    /// </summary>
    internal static bool IsPlainFileRun(string[] args)
    {
        if (args.Length == 0 || args[0].Length == 0 || args[0][0] is '-' or '[' || args[0] is "/h" or "/?")
            return false;
        foreach (string arg in args)
            if (arg.StartsWith('@')) return false;
        return true;
    }

    private static int Run(ExecutionMode mode, Func<ScriptRunner, int> action)
    {
        var runner = new ScriptRunner(mode);
        return OnLargeStack(() => action(runner));
    }

    private static int OnLargeStack(Func<int> action)
    {
        int result = 1;
        var thread = new Thread(() => result = action(), ScriptThreadStackSize);
        thread.Start();
        thread.Join();
        return result;
    }
}
