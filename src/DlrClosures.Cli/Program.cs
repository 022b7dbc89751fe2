using System.Reflection;
using System.Runtime.InteropServices;
using DlrClosures.Hosting;

namespace DlrClosures.Cli;

/// <summary>
/// <c>dlrc</c>: runs a Python program with CPython 3.11's command line (see <see cref="CommandLine"/>
/// and <see cref="HelpText"/>): a file, <c>-c</c> code, or standard input, which is the interactive
/// prompt when it is a terminal and otherwise a program read to its end. Exit statuses are CPython's:
/// 0, 1 for an uncaught exception, 130 for an uncaught KeyboardInterrupt (Ctrl-C, SIGINT, raises one
/// in the running program), SystemExit's code, and 2 for a command line that cannot run (an unknown
/// option, a file that cannot be opened).
/// </summary>
public static class Program
{
    // Python recursion is bounded by the engine's recursion limit; the script thread gets a large
    // stack so that the limit, not the stack, is what a deep recursion meets.
    private const int ScriptThreadStackSize = 256 * 1024 * 1024;

    private const int UsageStatus = 2;

    public static int Main(string[] args)
    {
        // System.CommandLine is not used: Python's command line is positional (options only before
        // the program, everything after it the program's own), which it cannot express without
        // turning off most of what it does (response files, directives, help aliases).
        var line = CommandLine.Parse(args);
        if (line.Error is { } error)
        {
            Console.Error.Write($"{error}\n{CommandLine.Usage}\nTry `dlrc -h' for more information.\n");
            return UsageStatus;
        }
        if (line.Help)
        {
            Console.Out.Write(HelpText.Text);
            return 0;
        }
        if (line.Version)
        {
            Console.Out.Write(VersionLine + "\n");
            return 0;
        }
        (string Path, string Package)? module = null;
        if (line.Module is { } moduleName && (module = ScriptRunner.FindModule(moduleName)) is null)
        {
            // CPython's words, with dlrc for the program name (runpy's _get_module_details).
            Console.Error.Write($"dlrc: No module named {moduleName}\n");
            return 1;
        }

        // The parser's first use is the largest part of a short program's start-up; it runs on a
        // second core while this thread sets up the streams and the runtime and reads the program.
        Python.WarmUpInBackground();
        var streams = new StandardStreams(line.Unbuffered);
        // sys.argv: the program as CPython names it (the script as given, -c, -, the module's path, or
        // '' for the prompt and piped input), then the program's own arguments.
        string program = module is { } found ? found.Path : line.Command is not null ? "-c" : line.Script ?? "";
        var runner = new ScriptRunner(line.Engine, streams, line.TimeLimit, [program, .. line.ProgramArguments]);
        using var interrupts = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnInterrupt(context, runner));
        int status = OnLargeStack(() => module is { } m ? runner.RunModule(m.Path, m.Package, runner.CreateMainScope()) : Run(line, runner));
        return streams.FlushAtExit(status);
    }

    /// <summary>"DlrClosures 1.0.0 (Python 3.11)": what <c>-V</c> prints, and the first line of the prompt's banner.</summary>
    internal static string VersionLine
    {
        get
        {
            string version = typeof(ScriptRuntime).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
            int plus = version.IndexOf('+'); // the commit SourceLink appends
            return $"DlrClosures {(plus < 0 ? version : version[..plus])} (Python 3.11)";
        }
    }

    private static int Run(CommandLine line, ScriptRunner runner)
    {
        var scope = runner.CreateMainScope();
        bool prompt = line.Inspect;
        int status;
        if (line.Command is { } code)
            status = runner.RunCode(code, scope, line.Inspect);
        else if (line.Script is { } script and not "-")
            status = runner.RunFile(script, scope, line.Inspect);
        else if (line.Script is null && !Console.IsInputRedirected)
        {
            // No program and a terminal: the interactive prompt, with its banner.
            return Repl.ForConsole(runner, scope, banner: !line.Quiet).Run();
        }
        else if (line.Script is null && line.Inspect)
            return Repl.ForConsole(runner, scope, banner: !line.Quiet).Run(); // -i forces the prompt on piped input
        else
            status = runner.RunStandardInput(scope, line.Inspect);
        // -i: the prompt after the program, in its namespace, whatever way it ended (CPython prints the
        // traceback of a SystemExit then, too).
        return prompt ? Repl.ForConsole(runner, scope, banner: false).Run() : status;
    }

    // SIGINT (Ctrl-C) is CPython's KeyboardInterrupt: raised in the running program at its next
    // checkpoint (Modules/signalmodule.c trips a flag the eval loop checks), so finally clauses run,
    // the traceback is printed and the exit status is 130. In the interactive session, when no code
    // runs (at the prompt, or while an entry is compiled), it is reported and the session goes on
    // (the line editor reads Ctrl-C as a key; this covers plain input). Otherwise (starting up,
    // compiling a program) the process ends as before.
    private static void OnInterrupt(PosixSignalContext context, ScriptRunner runner)
    {
        if (runner.Runtime.Interrupt())
            context.Cancel = true;
        else if (runner.Interactive)
        {
            context.Cancel = true;
            runner.Error.Write("\nKeyboardInterrupt\n");
        }
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
