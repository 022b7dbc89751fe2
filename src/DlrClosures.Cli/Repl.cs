using System.Text;
using System.Text.RegularExpressions;
using DlrClosures.Cli.Interactive;
using DlrClosures.Hosting;

namespace DlrClosures.Cli;

/// <summary>
/// The interactive prompt, as CPython 3.11's (<c>Python/pythonrun.c</c> <c>PyRun_InteractiveLoop</c>):
/// <list type="number">
/// <item><c>&gt;&gt;&gt; </c> for a new entry, <c>... </c> while it is incomplete: an open bracket or
/// string, or a compound statement, which ends only at a blank line, even on one line
/// (<c>if x: f()</c> waits, so that a pasted <c>else:</c> still belongs to it).</item>
/// <item>Each entry runs in the session's namespace, reported as <c>&lt;stdin&gt;</c> in tracebacks;
/// the repr of an expression statement's value is printed, and a value that is not None is kept in
/// <c>_</c> (sys.displayhook's rule).</item>
/// <item><c>exit()</c>, <c>quit()</c> and <c>raise SystemExit(n)</c> end the session with status n;
/// end of input (Ctrl-D) with 0. Ctrl-C at the prompt cancels the entry being typed and prints
/// <c>KeyboardInterrupt</c>; Ctrl-C while an entry runs raises KeyboardInterrupt in it
/// (<see cref="ScriptRuntime.Interrupt"/>), whose traceback is printed before the next prompt.</item>
/// </list>
/// </summary>
internal sealed partial class Repl
{
    private readonly ScriptRunner _runner;
    private readonly ScriptScope _scope;
    private readonly bool _banner;
    private readonly IReplInput _input;

    public Repl(ScriptRunner runner, ScriptScope scope, bool banner, IReplInput input)
    {
        _runner = runner;
        _scope = scope;
        _banner = banner;
        _input = input;
        DefineExitAndQuit();
    }

    /// <summary>The prompt for this process: line editing on a terminal, plain lines otherwise.</summary>
    public static Repl ForConsole(ScriptRunner runner, ScriptScope scope, bool banner)
    {
        IReplInput input;
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
            input = new PlainInput(Console.In, runner.Error); // PyOS_StdioReadline prompts on stderr
        else
        {
            var history = new History(History.DefaultPath);
            var completer = new Completer(scope);
            var editor = new LineEditor(new ConsoleTerminal(runner.Output), history, completer.Complete);
            input = new EditorInput(editor, history, EditorInput.ColourAllowed);
        }
        return new Repl(runner, scope, banner, input);
    }

    public int Run()
    {
        _runner.Interactive = true;
        if (_banner)
            _runner.Error.Write($"{Program.VersionLine} on .NET {Environment.Version}\nType \"exit()\" or Ctrl-D (i.e. EOF) to leave.\n");
        var entry = new StringBuilder();
        while (true)
        {
            var outcome = _input.Read(entry.Length > 0, out string line);
            if (outcome == LineEditor.Outcome.Interrupted)
            {
                entry.Clear();
                _runner.Error.Write("KeyboardInterrupt\n");
                continue;
            }
            if (outcome == LineEditor.Outcome.EndOfInput)
                return entry.Length > 0 && Execute(entry.ToString()) is { } exit ? exit : 0;
            _input.Remember(line);
            entry.Append(line).Append('\n');
            if (!IsComplete(entry.ToString(), line)) continue;
            string code = entry.ToString();
            entry.Clear();
            if (Execute(code) is { } status) return status;
        }
    }

    // An entry ends when the parser has all of it, except that a compound statement also waits for a
    // blank line (CPython's interactive tokenizer asks for one before it ends the statement).
    private bool IsComplete(string entry, string lastLine)
    {
        var properties = Source(entry).GetCodeProperties();
        if (properties is ScriptCodeParseResult.IncompleteStatement or ScriptCodeParseResult.IncompleteToken) return false;
        if (properties == ScriptCodeParseResult.Invalid) return true; // report it now
        return lastLine.Trim().Length == 0 || !CompoundHeader().IsMatch(entry);
    }

    [GeneratedRegex(@"^(if|while|for|try|with|def|class|async)\b|^@")]
    private static partial Regex CompoundHeader();

    private ScriptSource Source(string code) =>
        _runner.Engine.CreateScriptSourceFromString(code, "<stdin>", SourceCodeKind.InteractiveCode);

    /// <summary>Runs one entry; the exit status when it raised SystemExit, else null.</summary>
    private int? Execute(string code)
    {
        if (Source(code).GetCodeProperties() == ScriptCodeParseResult.Empty) return null;
        try
        {
            if (AsExpression(code) is { } expression)
            {
                // A lone expression: its value is shown and kept in _, as sys.displayhook does.
                object? value = expression.Execute(_scope);
                if (value is not null)
                {
                    _scope.SetVariable("_", value);
                    _runner.Output.Write(_runner.Engine.Execute<string>("repr(_)", _scope) + "\n");
                }
            }
            else
                Source(code).Execute(_scope);
        }
        catch (Exception error) when (PythonExceptions.TypeName(error) == "SystemExit")
        {
            _runner.Output.Flush();
            return PythonExceptions.ExitStatus(_runner.Engine, error);
        }
        catch (Exception error)
        {
            _runner.Output.Flush();
            _runner.Error.Write(_runner.Engine.FormatException(error));
        }
        _runner.Output.Flush();
        return null;
    }

    // The entry as one expression, when it is one (then its value is the displayhook's); else null.
    private ScriptSource? AsExpression(string code)
    {
        var source = _runner.Engine.CreateScriptSourceFromString(code, "<stdin>", SourceCodeKind.Expression);
        try
        {
            source.Compile();
            return source;
        }
        catch (Exception)
        {
            return null;
        }
    }

    // CPython's site module gives the prompt exit() and quit() (_sitebuiltins.Quitter): their repr
    // says how to leave, calling one raises SystemExit. dlrc has no site module, so the session's
    // namespace gets them.
    private void DefineExitAndQuit()
    {
        var site = _runner.Engine.CreateScope();
        _runner.Engine.Execute(
            "class Quitter:\n" +
            "    def __init__(self, name, eof):\n" +
            "        self.name = name\n" +
            "        self.eof = eof\n" +
            "    def __repr__(self):\n" +
            "        return f'Use {self.name}() or {self.eof} to exit'\n" +
            "    def __call__(self, code=None):\n" +
            "        raise SystemExit(code)\n" +
            "exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')\n" +
            "quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')\n", site);
        foreach (var name in new[] { "exit", "quit" })
            if (!_scope.ContainsVariable(name)) _scope.SetVariable(name, site.GetVariable(name));
    }
}
