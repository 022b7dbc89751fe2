using DlrClosures.Cli;
using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>How dlrc reads its command line: as CPython 3.11 reads its own.</summary>
[TestFixture]
public sealed class CommandLineTests
{
    [Test]
    public void Script_TakesEveryLaterTokenUntouched()
    {
        var line = CommandLine.Parse(["-u", "s.py", "@alice", "-x", "--engine", "interpret", "-c", "1"]);

        Assert.Multiple(() =>
        {
            Assert.That(line.Script, Is.EqualTo("s.py"));
            Assert.That(line.ProgramArguments, Is.EqualTo(new[] { "@alice", "-x", "--engine", "interpret", "-c", "1" }));
            Assert.That(line.Unbuffered, Is.True);
            Assert.That(line.Engine, Is.EqualTo(ExecutionMode.Compile));
        });
    }

    [TestCase(new[] { "-c", "print(1)", "-i" }, "print(1)")]
    [TestCase(new[] { "-cprint(1)", "-i" }, "print(1)")]
    [TestCase(new[] { "-qc", "print(1)", "-i" }, "print(1)")]
    public void DashC_EndsTheOptions(string[] args, string code)
    {
        var line = CommandLine.Parse(args);

        Assert.That((line.Command, line.Inspect, line.ProgramArguments), Is.EqualTo((code, false, new[] { "-i" })));
    }

    [Test]
    public void GroupedFlags_AreEachSet()
    {
        var line = CommandLine.Parse(["-iuq", "-E", "s.py"]);

        Assert.That((line.Inspect, line.Unbuffered, line.Quiet, line.Script), Is.EqualTo((true, true, true, "s.py")));
    }

    [TestCase("--time-limit", "2.5", "s.py")]
    [TestCase("--time-limit=2.5", "s.py")]
    public void TimeLimit_TakesSeconds(params string[] args) =>
        Assert.That(CommandLine.Parse(args).TimeLimit, Is.EqualTo(TimeSpan.FromSeconds(2.5)));

    [TestCase("--time-limit", "0", "s.py")]
    [TestCase("--time-limit", "soon", "s.py")]
    [TestCase("--time-limit")]
    public void TimeLimit_WithoutAPositiveNumber_IsAnError(params string[] args) =>
        Assert.That(CommandLine.Parse(args).Error, Is.Not.Null);

    [TestCase("--engine", "interpret", "s.py")]
    [TestCase("--engine=interpret", "s.py")]
    public void Engine_TakesItsValue(params string[] args) =>
        Assert.That(CommandLine.Parse(args).Engine, Is.EqualTo(ExecutionMode.Interpret));

    [TestCase(new[] { "-" }, true)]
    [TestCase(new string[0], true)]
    [TestCase(new[] { "-i" }, true)]
    [TestCase(new[] { "--", "-" }, true)]
    [TestCase(new[] { "--", "-i" }, false)]
    [TestCase(new[] { "-c", "1" }, false)]
    public void ReadsStandardInput_WhenNoProgramOrDash(string[] args, bool stdin) =>
        Assert.That(CommandLine.Parse(args).ReadsStandardInput, Is.EqualTo(stdin));

    // The words CPython 3.11 prints before its usage lines.
    [TestCase(new[] { "-Z" }, "Unknown option: -Z")]
    [TestCase(new[] { "-iZ", "s.py" }, "Unknown option: -Z")]
    [TestCase(new[] { "--foo" }, "unknown option --foo")]
    [TestCase(new[] { "-c" }, "Argument expected for the -c option")]
    [TestCase(new[] { "-m" }, "Argument expected for the -m option")]
    [TestCase(new[] { "--engine" }, "Argument expected for the --engine option")]
    [TestCase(new[] { "--engine", "jit" }, "--engine must be one of 'compile' or 'interpret'")]
    public void Malformed_GivesCPythonsMessage(string[] args, string message) =>
        Assert.That(CommandLine.Parse(args).Error, Is.EqualTo(message));

    [TestCase("-h")]
    [TestCase("-?")]
    [TestCase("--help")]
    public void Help_IsRecognised(string flag) => Assert.That(CommandLine.Parse([flag]).Help, Is.True);

    [TestCase("-V")]
    [TestCase("--version")]
    public void Version_IsRecognised(string flag) => Assert.That(CommandLine.Parse([flag]).Version, Is.True);

    [Test]
    public void DashM_NamesTheModuleAndEndsTheOptions()
    {
        var line = CommandLine.Parse(["-m", "json.tool", "-i"]);

        Assert.That((line.Module, line.Inspect, line.ProgramArguments), Is.EqualTo(("json.tool", false, new[] { "-i" })));
    }
}
