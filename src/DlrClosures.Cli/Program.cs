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
            var runner = new ScriptRunner(mode);
            exitCode = OnLargeStack(() =>
                result.GetValue(code) is { } text ? runner.RunCode(text)
                : result.GetValue(file) is { } path ? runner.RunFile(path)
                : new Repl(runner).Run());
            return exitCode;
        });
        return root.Parse(args).Invoke();
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
