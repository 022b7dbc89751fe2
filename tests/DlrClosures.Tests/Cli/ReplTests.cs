using DlrClosures.Cli;
using DlrClosures.Cli.Interactive;
using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>The interactive prompt, fed entries through its input abstraction; what CPython 3.11's prompt does with the same lines.</summary>
[TestFixture]
public sealed class ReplTests
{
    [Test]
    public void OneLineCompoundStatement_WaitsForTheBlankLine_SoAPastedElseBelongsToIt()
    {
        var session = Run("x = 0", "if x: print('yes')", "else: print('no')", "", "print('after')");

        Assert.That((session.Status, session.Stdout), Is.EqualTo((0, "no\nafter\n")));
        Assert.That(session.Prompts, Is.EqualTo(new[] { ">>>", ">>>", "...", "...", ">>>", ">>>" }));
    }

    [Test]
    public void ExpressionValues_AreShown_AndTheLastKeptInUnderscore()
    {
        var session = Run("6 * 7", "None", "_ + 1", "'a' * 2", "_");

        Assert.That(session.Stdout, Is.EqualTo("42\n43\n'aa'\n'aa'\n"));
    }

    [Test]
    public void ExpressionStatementsInABlock_AreShownToo()
    {
        var session = Run("for i in range(3):", "    i", "");

        Assert.That(session.Stdout, Is.EqualTo("0\n1\n2\n"));
    }

    [TestCase("raise SystemExit(3)", 3)]
    [TestCase("exit(4)", 4)]
    [TestCase("quit()", 0)]
    public void SystemExit_EndsTheSessionWithItsStatus(string entry, int status)
    {
        var session = Run("print(1)", entry, "print(2)");

        Assert.That((session.Status, session.Stdout), Is.EqualTo((status, "1\n")));
    }

    [Test]
    public void ExitWithoutCall_SaysHowToLeave()
    {
        var session = Run("exit");

        Assert.That(session.Stdout, Is.EqualTo("Use exit() or Ctrl-D (i.e. EOF) to exit\n"));
    }

    [Test]
    public void Error_PrintsTheTracebackFromStdin_AndTheSessionGoesOn()
    {
        var session = Run("1 / 0", "print('still here')");

        Assert.Multiple(() =>
        {
            Assert.That(session.Stderr, Is.EqualTo(
                "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n"));
            Assert.That((session.Status, session.Stdout), Is.EqualTo((0, "still here\n")));
        });
    }

    [Test]
    public void CtrlCAtThePrompt_CancelsTheEntry()
    {
        var session = Run("def f():", null, "print('fresh')");

        Assert.That((session.Stdout, session.Stderr), Is.EqualTo(("fresh\n", "KeyboardInterrupt\n")));
    }

    [Test]
    public void EndOfInput_RunsWhatIsPendingAndExitsZero()
    {
        var session = Run("for i in range(2):", "    print(i)");

        Assert.That((session.Status, session.Stdout), Is.EqualTo((0, "0\n1\n")));
    }

    /// <summary>Runs a session; a null entry is Ctrl-C at the prompt.</summary>
    private static (int Status, string Stdout, string Stderr, List<string> Prompts) Run(params string?[] entries)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var runner = new ScriptRunner(ExecutionMode.Compile, new StandardStreams(stdout, stderr));
        var input = new ScriptedInput(entries);
        int status = new Repl(runner, runner.CreateMainScope(), banner: false, input).Run();
        return (status, stdout.ToString(), stderr.ToString(), input.Prompts);
    }

    private sealed class ScriptedInput(string?[] entries) : IReplInput
    {
        private int _next;

        public List<string> Prompts { get; } = [];

        public LineEditor.Outcome Read(bool continuation, out string line)
        {
            Prompts.Add(continuation ? "..." : ">>>");
            line = "";
            if (_next == entries.Length) return LineEditor.Outcome.EndOfInput;
            string? entry = entries[_next++];
            if (entry is null) return LineEditor.Outcome.Interrupted;
            line = entry;
            return LineEditor.Outcome.Line;
        }

        public void Remember(string line)
        {
        }
    }
}
