using System.Diagnostics;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>
/// The report of an uncaught exception that was chained (<c>__context__</c>, <c>raise ... from</c>),
/// had notes added, or left a <c>with</c> statement: dlrc's stderr, on both engines, and the hosting
/// API's <c>FormatException</c>, against CPython 3.11's stderr for the same file. Each expected text
/// is what <c>python3.11 FILE</c> wrote, with the file's path put back as {0}; the scripts avoid lines
/// where CPython 3.11 draws <c>^^^</c> markers, which dlrc does not draw (README, "Not supported yet").
/// </summary>
[TestFixture]
public sealed class ChainedTracebackTests
{
    private string _workDirectory = "";

    [OneTimeSetUp]
    public void CreateWorkDirectory() =>
        _workDirectory = Directory.CreateTempSubdirectory("dlrc-chained-").FullName;

    [OneTimeTearDown]
    public void DeleteWorkDirectory() => Directory.Delete(_workDirectory, recursive: true);

    private static readonly object[] Scripts =
    [
        new object[]
        {
            "context",
            "def parse(text):\n    try:\n        int(text)\n    except ValueError:\n        raise LookupError(\"no number\")\n\nparse(\"x\")\n",
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 3, in parse\n    int(text)\n" +
            "ValueError: invalid literal for int() with base 10: 'x'\n" +
            "\nDuring handling of the above exception, another exception occurred:\n\n" +
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 7, in <module>\n    parse(\"x\")\n" +
            "  File \"{0}\", line 5, in parse\n    raise LookupError(\"no number\")\n" +
            "LookupError: no number\n",
        },
        new object[]
        {
            "cause_then_context",
            "def inner():\n    raise ValueError(\"one\")\n\ndef middle():\n    try:\n        inner()\n    except ValueError as e:\n" +
            "        raise TypeError(\"two\") from e\n\ntry:\n    middle()\nexcept TypeError:\n    raise RuntimeError(\"three\")\n",
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 6, in middle\n    inner()\n" +
            "  File \"{0}\", line 2, in inner\n    raise ValueError(\"one\")\n" +
            "ValueError: one\n" +
            "\nThe above exception was the direct cause of the following exception:\n\n" +
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 11, in <module>\n    middle()\n" +
            "  File \"{0}\", line 8, in middle\n    raise TypeError(\"two\") from e\n" +
            "TypeError: two\n" +
            "\nDuring handling of the above exception, another exception occurred:\n\n" +
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 13, in <module>\n    raise RuntimeError(\"three\")\n" +
            "RuntimeError: three\n",
        },
        new object[]
        {
            "from_none",
            "try:\n    {}[\"k\"]\nexcept KeyError:\n    raise AttributeError(\"k\") from None\n",
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 4, in <module>\n    raise AttributeError(\"k\") from None\n" +
            "AttributeError: k\n",
        },
        new object[]
        {
            "notes",
            "try:\n    raise ValueError(\"bad value\")\nexcept ValueError as e:\n    e.add_note(\"first note\")\n" +
            "    e.add_note(\"second\\nnote\")\n    raise\n",
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 2, in <module>\n    raise ValueError(\"bad value\")\n" +
            "ValueError: bad value\nfirst note\nsecond\nnote\n",
        },
        new object[]
        {
            "exit_raises",
            "class Manager:\n    def __enter__(self):\n        return self\n\n    def __exit__(self, exc_type, exc, tb):\n" +
            "        raise KeyError(\"in exit\")\n\ndef work():\n    with Manager():\n        raise ValueError(\"in body\")\n\nwork()\n",
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 10, in work\n    raise ValueError(\"in body\")\n" +
            "ValueError: in body\n" +
            "\nDuring handling of the above exception, another exception occurred:\n\n" +
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 12, in <module>\n    work()\n" +
            "  File \"{0}\", line 9, in work\n    with Manager():\n" +
            "  File \"{0}\", line 6, in __exit__\n    raise KeyError(\"in exit\")\n" +
            "KeyError: 'in exit'\n",
        },
        new object[]
        {
            "reraise_stored",
            "def fail():\n    raise ValueError(\"stored\")\n\ntry:\n    fail()\nexcept ValueError as e:\n    saved = e\n\nraise saved\n",
            "Traceback (most recent call last):\n" +
            "  File \"{0}\", line 9, in <module>\n    raise saved\n" +
            "  File \"{0}\", line 5, in <module>\n    fail()\n" +
            "  File \"{0}\", line 2, in fail\n    raise ValueError(\"stored\")\n" +
            "ValueError: stored\n",
        },
    ];

    [TestCaseSource(nameof(Scripts))]
    public void Dlrc_PrintsCPythonsReport(string name, string code, string expected)
    {
        var script = Path.Combine(_workDirectory, name + ".py");
        File.WriteAllText(script, code);

        foreach (var engine in new[] { "compile", "interpret" })
        {
            var (exitCode, stderr) = Dlrc("--engine", engine, script);
            Assert.That((exitCode, stderr), Is.EqualTo((1, string.Format(expected, script))), engine);
        }
    }

    [TestCaseSource(nameof(Scripts))]
    public void FormatException_PrintsCPythonsReport(string name, string code, string expected)
    {
        var script = Path.Combine(_workDirectory, name + ".hosted.py");
        File.WriteAllText(script, code);

        foreach (var mode in new[] { ExecutionMode.Compile, ExecutionMode.Interpret })
        {
            var (_, error) = EngineRun.Run(mode, (engine, scope) => engine.ExecuteFile(script, scope));
            Assert.That(error, Is.Not.Null, mode.ToString());
            var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
            Assert.Multiple(() =>
            {
                Assert.That(runtime.GetEngine("python").FormatException(error!), Is.EqualTo(string.Format(expected, script)), mode.ToString());
                Assert.That(error!.FormatTraceback(), Is.EqualTo(string.Format(expected, script)), mode.ToString());
            });
        }
    }

    private static (int ExitCode, string Stderr) Dlrc(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dlrc.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dlrc did not finish within two minutes");
        }
        _ = stdout.Result;
        return (process.ExitCode, stderr.Result);
    }
}
