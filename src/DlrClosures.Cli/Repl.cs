using System.Text;
using DlrClosures.Hosting;

namespace DlrClosures.Cli;

/// <summary>
/// The interactive prompt: <c>&gt;&gt;&gt; </c> for a new statement, <c>... </c> while the input is
/// incomplete (an open bracket, a block not yet closed by a blank line), and the repr of each
/// expression statement's value, as Python's REPL prints it.
/// </summary>
internal sealed class Repl
{
    private readonly ScriptRunner _runner;
    private readonly ScriptScope _scope;

    public Repl(ScriptRunner runner)
    {
        _runner = runner;
        _scope = runner.CreateMainScope();
    }

    public int Run()
    {
        // CPython writes its prompts to stderr when stdin is not a terminal, keeping stdout clean.
        var prompts = Console.IsInputRedirected ? _runner.Error : (TextWriter)_runner.Output;
        if (!Console.IsInputRedirected)
            _runner.Output.WriteLine("DlrClosures (Python 3.11 subset on .NET). Ctrl-D exits.");
        var buffer = new StringBuilder();
        while (true)
        {
            prompts.Write(buffer.Length == 0 ? ">>> " : "... ");
            prompts.Flush();
            string? line = Console.In.ReadLine();
            if (line is null)
            {
                if (buffer.Length > 0)
                    Execute(_runner.Engine.CreateScriptSourceFromString(buffer.ToString(), "<stdin>", SourceCodeKind.InteractiveCode));
                prompts.WriteLine();
                _runner.Output.Flush();
                return 0;
            }
            buffer.Append(line).Append('\n');
            var source = _runner.Engine.CreateScriptSourceFromString(buffer.ToString(), "<stdin>", SourceCodeKind.InteractiveCode);
            if (source.GetCodeProperties() is ScriptCodeParseResult.IncompleteStatement or ScriptCodeParseResult.IncompleteToken) continue;
            Execute(source);
            buffer.Clear();
        }
    }

    private void Execute(ScriptSource source)
    {
        if (source.GetCodeProperties() == ScriptCodeParseResult.Empty) return;
        _runner.Run(source, _scope);
        _runner.Output.Flush();
    }
}
