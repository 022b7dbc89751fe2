using System.Text;
using DlrClosures.Hosting;

namespace DlrClosures.Cli;

/// <summary>
/// The interactive prompt: <c>&gt;&gt;&gt; </c> for a new statement, <c>... </c> while the input is
/// incomplete (an open bracket, a block not yet closed by a blank line), and the repr of each
/// expression statement's value, as Python's REPL prints it. <c>raise SystemExit(n)</c> ends the
/// session with status n, end of input with 0.
/// </summary>
internal sealed class Repl
{
    private readonly ScriptRunner _runner;
    private readonly ScriptScope _scope;
    private readonly bool _banner;

    public Repl(ScriptRunner runner, ScriptScope scope, bool banner)
    {
        _runner = runner;
        _scope = scope;
        _banner = banner;
    }

    public int Run()
    {
        // CPython writes its banner to stderr, and its prompts too when stdin is not a terminal,
        // keeping stdout the program's.
        var prompts = Console.IsInputRedirected ? _runner.Error : _runner.Output;
        if (_banner)
            _runner.Error.Write($"{Program.VersionLine} on .NET {Environment.Version}\nType \"exit()\" or Ctrl-D (i.e. EOF) to leave.\n");
        var buffer = new StringBuilder();
        while (true)
        {
            prompts.Write(buffer.Length == 0 ? ">>> " : "... ");
            prompts.Flush();
            string? line = Console.In.ReadLine();
            if (line is null)
            {
                if (buffer.Length > 0 && Execute(buffer.ToString()) is { } exit) return exit;
                prompts.Write("\n");
                prompts.Flush();
                return 0;
            }
            buffer.Append(line).Append('\n');
            var source = Source(buffer.ToString());
            if (source.GetCodeProperties() is ScriptCodeParseResult.IncompleteStatement or ScriptCodeParseResult.IncompleteToken) continue;
            buffer.Clear();
            if (Execute(source.GetCode()) is { } status) return status;
        }
    }

    private ScriptSource Source(string code) =>
        _runner.Engine.CreateScriptSourceFromString(code, "<stdin>", SourceCodeKind.InteractiveCode);

    /// <summary>Runs one entry; the exit status when it raised SystemExit, else null.</summary>
    private int? Execute(string code)
    {
        var source = Source(code);
        if (source.GetCodeProperties() == ScriptCodeParseResult.Empty) return null;
        try
        {
            source.Execute(_scope);
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
}
