using System.Diagnostics;
using DlrClosures.Cli;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>The <c>dlrc</c> command, run as a process: output, exit codes and error reports.</summary>
[TestFixture]
public sealed class DlrcTests
{
    private string _workDirectory = "";

    [OneTimeSetUp]
    public void CreateWorkDirectory() =>
        _workDirectory = Directory.CreateTempSubdirectory("dlrc-tests-").FullName;

    [OneTimeTearDown]
    public void DeleteWorkDirectory() => Directory.Delete(_workDirectory, recursive: true);

    [Test]
    public void ClosuresExample_PrintsWhatCPythonPrints()
    {
        var example = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "closures.py");

        var result = Dlrc(example);

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Is.EqualTo(File.ReadAllText(Path.ChangeExtension(example, ".out"))));
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        });
    }

    // `dlrc FILE [args...]` skips the command line parser; these are the cases where it must still
    // behave as the parser does: every token after the file belongs to the script, options included.
    [TestCase]
    [TestCase("--help")]
    [TestCase("-c", "print(2)", "--engine", "interpret")]
    [TestCase("--", "x")]
    public void File_RunsIt_WhateverArgumentsFollow(params string[] scriptArguments)
    {
        var script = Path.Combine(_workDirectory, "hello.py");
        File.WriteAllText(script, "print('hello')\n");

        var result = Dlrc([script, .. scriptArguments]);

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, "hello\n", "")));
    }

    // `dlrc --engine MODE FILE [args...]` skips the parser too, with the same rule for what follows.
    [TestCase("compile")]
    [TestCase("interpret")]
    [TestCase("interpret", "--engine", "compile", "-c", "print(2)")]
    public void EngineThenFile_RunsIt_WhateverArgumentsFollow(string engine, params string[] scriptArguments)
    {
        var script = Path.Combine(_workDirectory, "hello.py");
        File.WriteAllText(script, "print('hello')\n");

        var result = Dlrc(["--engine", engine, script, .. scriptArguments]);

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, "hello\n", "")));
    }

    [Test]
    public void DashDashBeforeFile_RunsIt()
    {
        var script = Path.Combine(_workDirectory, "hello.py");
        File.WriteAllText(script, "print('hello')\n");

        var result = Dlrc("--", script);

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, "hello\n", "")));
    }

    [TestCase("x = = 1\n", "SyntaxError: invalid syntax")]
    [TestCase("def outer():\n    x = 1\n    def inner():\n        print(x)\n        x = 2\n    inner()\nouter()\n",
        "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value")]
    [TestCase("def forever(n):\n    return forever(n + 1)\nforever(0)\n", "RecursionError: maximum recursion depth exceeded")]
    public void FailingScript_EndsWithCPythonsLastLineAndExitsOne(string code, string lastLine)
    {
        var script = Path.Combine(_workDirectory, "failing.py");
        File.WriteAllText(script, code);

        var result = Dlrc(script);
        var lines = result.Stderr.TrimEnd('\n').Split('\n');

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(lines[^1], Is.EqualTo(lastLine));
            Assert.That(result.Stderr, Does.Not.Contain("   at "), "no .NET stack trace");
        });
    }

    [Test]
    public void TracebackOfRuntimeError_NamesEveryFrame()
    {
        var script = Path.Combine(_workDirectory, "frames.py");
        File.WriteAllText(script, "def outer():\n    return inner()\ndef inner():\n    return missing_name\nouter()\n");

        var result = Dlrc(script);

        Assert.That(result.Stderr, Is.EqualTo(
            "Traceback (most recent call last):\n" +
            $"  File \"{script}\", line 5, in <module>\n    outer()\n" +
            $"  File \"{script}\", line 2, in outer\n    return inner()\n" +
            $"  File \"{script}\", line 4, in inner\n    return missing_name\n" +
            "NameError: name 'missing_name' is not defined\n"));
    }

    [TestCase("raise SystemExit(3)", 3, "")]
    [TestCase("raise SystemExit", 0, "")]
    [TestCase("raise SystemExit(None)", 0, "")]
    [TestCase("raise SystemExit('bye')", 1, "bye\n")]
    [TestCase("raise SystemExit(1, 2)", 1, "(1, 2)\n")]
    public void SystemExit_ExitsWithItsStatusAsCPythonDoes(string code, int status, string stderr)
    {
        var result = Dlrc("-c", code);

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((status, stderr)));
    }

    [Test]
    public void EngineInterpret_RunsTheExampleOnTheInterpreter()
    {
        var example = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "closures.py");

        var result = Dlrc("--engine", "interpret", example);

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Is.EqualTo(File.ReadAllText(Path.ChangeExtension(example, ".out"))));
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        });
    }

    [Test]
    public void EngineInterpret_ReportsErrorsAsTheCompiledEngineDoes()
    {
        var script = Path.Combine(_workDirectory, "interpreted.py");
        File.WriteAllText(script, "def outer():\n    return inner()\ndef inner():\n    return missing_name\nouter()\n");

        var compiled = Dlrc(script);
        var interpreted = Dlrc("--engine", "interpret", script);

        Assert.Multiple(() =>
        {
            Assert.That(interpreted.ExitCode, Is.EqualTo(1));
            Assert.That(interpreted.Stderr, Is.EqualTo(compiled.Stderr));
            Assert.That(interpreted.Stderr, Does.EndWith("NameError: name 'missing_name' is not defined\n"));
        });
    }

    [Test]
    public void UnknownEngine_IsRejected()
    {
        var result = Dlrc("--engine", "jit", "-c", "print(1)");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.EqualTo(0));
            Assert.That(result.Stdout, Does.Not.Contain("1\n"));
        });
    }

    [Test]
    public void DashC_RunsTheCode()
    {
        var result = Dlrc("-c", "print(sum(x * x for x in range(4)))");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "14\n")));
    }

    [Test]
    public void DashIWithPipedInput_IsTheRepl_WhichPrintsReprOfExpressionsAndRunsBlocks()
    {
        var input = "1 + 1\n'a' * 2\nx = None\nx\ndef f(n):\n    return n * 10\n\nf(4)\n";

        var result = Dlrc(input, ["-i"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Is.EqualTo("2\n'aa'\n40\n"));
            Assert.That(result.ExitCode, Is.EqualTo(0));
        });
    }

    // ---- The command line as CPython 3.11's: each row's words and status are python3.11's.

    [TestCase("-V")]
    [TestCase("--version")]
    public void Version_PrintsTheVersionLine(string flag)
    {
        var result = Dlrc(flag);

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, Program.VersionLine + "\n")));
        Assert.That(result.Stdout, Does.Match(@"^DlrClosures \d+\.\d+\.\d+\S* \(Python 3\.11\)\n$"));
    }

    [Test]
    public void Help_PrintsUsageAndOptions()
    {
        var result = Dlrc("-h");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Does.StartWith("usage: dlrc [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"));
            foreach (var option in new[] { "-c cmd", "-h ", "-i ", "-m mod", "-q ", "-u ", "-V ", "--engine", "-B, -E, -I" })
                Assert.That(result.Stdout, Does.Contain("\n" + option), option);
        });
    }

    [TestCase(new[] { "-Z" }, "Unknown option: -Z")]
    [TestCase(new[] { "--foo", "x.py" }, "unknown option --foo")]
    [TestCase(new[] { "-c" }, "Argument expected for the -c option")]
    public void BadOption_ExitsTwoWithCPythonsWords(string[] args, string message)
    {
        var result = Dlrc(args);

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((2, "",
            message + "\nusage: dlrc [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `dlrc -h' for more information.\n")));
    }

    [Test]
    public void MissingFile_ExitsTwoWithCPythonsWords()
    {
        var missing = Path.Combine(_workDirectory, "no", "such.py");

        var result = Dlrc(missing);

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2,
            $"dlrc: can't open file '{missing}': [Errno 2] No such file or directory\n")));
    }

    [Test]
    public void Directory_RunsItsMainOrSaysThereIsNone()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_workDirectory, "app")).FullName;

        var without = Dlrc(folder);
        File.WriteAllText(Path.Combine(folder, "__main__.py"), "print('main')\n");
        var with = Dlrc(folder);

        Assert.Multiple(() =>
        {
            Assert.That((without.ExitCode, without.Stderr), Is.EqualTo((1, $"dlrc: can't find '__main__' module in '{folder}'\n")));
            Assert.That((with.ExitCode, with.Stdout), Is.EqualTo((0, "main\n")));
        });
    }

    [Test]
    public void DashM_WithAMissingModule_SaysSoAndExitsOne()
    {
        var result = Dlrc("-m", "no_such_module_here");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((1, "dlrc: No module named no_such_module_here\n")));
    }

    [Test]
    public void DashM_RunsAModuleOfTheCurrentFolderAsMain_WithItsArguments()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dlrc-m-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "tool"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "tool", "__init__.py"), "NAME = 'tool'\n");
            File.WriteAllText(Path.Combine(folder, "tool", "helpers.py"), "def shout(s):\n    return s.upper()\n");
            File.WriteAllText(Path.Combine(folder, "tool", "__main__.py"),
                "import sys\nfrom . import NAME\nfrom .helpers import shout\nprint(__name__, NAME, shout(sys.argv[1]), sys.argv[0].endswith('__main__.py'))\n");
            File.WriteAllText(Path.Combine(folder, "plain.py"), "import sys\nif __name__ == '__main__':\n    print('plain', sys.argv[1:])\n");

            var package = DlrcIn(folder, "-m", "tool", "hi");
            var plain = DlrcIn(folder, "-m", "plain", "a", "-b");

            Assert.Multiple(() =>
            {
                Assert.That((package.ExitCode, package.Stdout, package.Stderr), Is.EqualTo((0, "__main__ tool HI True\n", "")));
                Assert.That((plain.ExitCode, plain.Stdout), Is.EqualTo((0, "plain ['a', '-b']\n")));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void SysArgv_IsTheScriptAsNamedThenItsArguments()
    {
        string script = Path.Combine(Path.GetTempPath(), "dlrc-argv-" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(script, "import sys\nprint(sys.argv[1:], sys.argv[0].endswith('.py'))\n");
        try
        {
            var file = Dlrc(script, "x", "--y");
            var command = Dlrc("-c", "import sys; print(sys.argv)", "a");

            Assert.Multiple(() =>
            {
                Assert.That(file.Stdout, Is.EqualTo("['x', '--y'] True\n"));
                Assert.That(command.Stdout, Is.EqualTo("['-c', 'a']\n"));
            });
        }
        finally
        {
            File.Delete(script);
        }
    }

    [TestCase]
    [TestCase("-")]
    [TestCase("-", "a", "-i")]
    public void PipedStdin_RunsAsAProgram_UpToItsFirstError(params string[] args)
    {
        var result = Dlrc("print(1)\n2 + 2\nx\nprint(2)\n", args);

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((1, "1\n",
            "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nNameError: name 'x' is not defined\n")));
    }

    [Test]
    public void ScriptArgumentStartingWithAt_IsNoResponseFile()
    {
        var script = Path.Combine(_workDirectory, "at.py");
        File.WriteAllText(script, "print('ran')\n");

        var result = Dlrc(script, "@alice", "-h");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "ran\n")));
    }

    [Test]
    public void UncaughtKeyboardInterrupt_PrintsItsTracebackAndExits130()
    {
        var result = Dlrc("-c", "try:\n    raise KeyboardInterrupt\nfinally:\n    print('finally')\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(130));
            Assert.That(result.Stdout, Is.EqualTo("finally\n"));
            Assert.That(result.Stderr, Does.StartWith("Traceback (most recent call last):\n").And.EndWith("\nKeyboardInterrupt\n"));
        });
    }

    // CPython 3.11 (python3.11 -u -c ..., then SIGINT) prints the same stdout and stderr; it then
    // kills itself with SIGINT (Modules/main.c exit_sigint), which a shell reports as status 130,
    // the status dlrc exits with.
    [TestCase("compile")]
    [TestCase("interpret")]
    public void Sigint_RaisesKeyboardInterruptInTheRunningScript_FinallyRunsAndTheStatusIs130(string engine)
    {
        var start = DlrcStart("--engine", engine, "-u", "-c", "try:\n    print('started')\n    while True:\n        pass\nfinally:\n    print('cleanup')\n");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string? first = process.StandardOutput.ReadLine();
        int signalled = first == "started" ? kill(process.Id, Sigint) : -1;
        var rest = process.StandardOutput.ReadToEndAsync();
        bool ended = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!ended) process.Kill(entireProcessTree: true);

        Assert.Multiple(() =>
        {
            Assert.That((first, signalled), Is.EqualTo(("started", 0)));
            Assert.That(ended, Is.True, "dlrc kept running after SIGINT");
            Assert.That(rest.Result, Is.EqualTo("cleanup\n"));
            Assert.That(stderr.Result, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\nKeyboardInterrupt\n"));
            Assert.That(process.ExitCode, Is.EqualTo(130));
        });
    }

    // At the prompt (plain input: stdin is a pipe), Ctrl-C during an entry prints its traceback
    // and the session goes on with the next entry, as CPython's does (python3.11 -i -q -u prints the
    // same stdout and stderr). The entry prints once it is looping, so the signal comes during it.
    [Test]
    public void SigintDuringAReplEntry_ReturnsToThePrompt()
    {
        using var process = Process.Start(DlrcStart("-i", "-q", "-u"))!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write("x = 0\nwhile True:\n    if x == 0:\n        print('started')\n    x = 1\n\n");
        process.StandardInput.Flush();
        string? first = process.StandardOutput.ReadLine();
        int signalled = first == "started" ? kill(process.Id, Sigint) : -1;
        process.StandardInput.Write("print('after')\n");
        process.StandardInput.Close();
        var rest = process.StandardOutput.ReadToEndAsync();
        bool ended = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!ended) process.Kill(entireProcessTree: true);

        Assert.Multiple(() =>
        {
            Assert.That((first, signalled), Is.EqualTo(("started", 0)));
            Assert.That(ended, Is.True, "dlrc kept running");
            Assert.That(rest.Result, Is.EqualTo("after\n"));
            Assert.That(stderr.Result, Does.Match("^>>> >>> ... ... ... ... Traceback \\(most recent call last\\):\n  File \"<stdin>\", line \\d, in <module>\nKeyboardInterrupt\n>>> >>> \n$"));
            Assert.That(process.ExitCode, Is.EqualTo(0));
        });
    }

    private const int Sigint = 2;

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    [TestCase("compile")]
    [TestCase("interpret")]
    public void TimeLimit_StopsALoopingProgram_FinallyRunsAndTheStatusIs1(string engine)
    {
        var result = Dlrc("--engine", engine, "--time-limit", "0.5", "-c", "try:\n    while True:\n        pass\nfinally:\n    print('cleanup')\n");

        Assert.That(result, Is.EqualTo((1, "cleanup\n", "ScriptTimeoutException: the script ran past its time limit of 00:00:00.5000000\n")));
    }

    [Test]
    public void DashI_ReportsSystemExitAndOpensThePrompt()
    {
        var result = Dlrc("x\n", ["-i", "-c", "x = 41 + 1\nraise SystemExit(3)"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Is.EqualTo("42\n"));
            Assert.That(result.Stderr, Does.Contain("SystemExit: 3\n>>> "));
        });
    }

    [Test]
    public void ReplSystemExit_EndsTheSessionWithItsStatus()
    {
        var result = Dlrc("1\nraise SystemExit(3)\n2\n", ["-i"]);

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((3, "1\n")));
    }

    [Test]
    public void Latin1CodingLine_IsHonoured()
    {
        var script = Path.Combine(_workDirectory, "latin1.py");
        File.WriteAllBytes(script, System.Text.Encoding.Latin1.GetBytes("# -*- coding: latin-1 -*-\nprint('caf\xe9')\n"));

        var result = Dlrc(script);

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "café\n")));
    }

    [Test]
    public void ClosedPipe_StopsTheProgramWithCPythonsBrokenPipeError()
    {
        var start = DlrcStart("-c", "n = 0\nwhile True:\n    n += 1\n    print(n)\n");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string? first = process.StandardOutput.ReadLine();
        process.StandardOutput.Close();
        bool ended = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!ended) process.Kill(entireProcessTree: true);

        Assert.Multiple(() =>
        {
            Assert.That(ended, Is.True, "dlrc kept running after its reader had gone");
            Assert.That(first, Is.EqualTo("1"));
            Assert.That(process.ExitCode, Is.EqualTo(1));
            Assert.That(stderr.Result, Does.StartWith("Traceback (most recent call last):\n").And.EndWith("\nBrokenPipeError: [Errno 32] Broken pipe\n"));
        });
    }

    // Redirected stdout is block-buffered, so a line printed before a long computation stays in
    // the buffer; -u writes it at once, as python3.11 -u does.
    [TestCase(true)]
    [TestCase(false)]
    public void DashU_WritesEachPrintAtOnce_OtherwiseRedirectedOutputIsBuffered(bool unbuffered)
    {
        string code = "print('started')\nwhile True:\n    pass\n";
        using var process = Process.Start(unbuffered ? DlrcStart("-u", "-c", code) : DlrcStart("-c", code))!;
        var first = process.StandardOutput.ReadLineAsync();
        bool arrived = first.Wait(TimeSpan.FromSeconds(unbuffered ? 60 : 3));
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.That(arrived, Is.EqualTo(unbuffered));
        if (unbuffered) Assert.That(first.Result, Is.EqualTo("started"));
    }

    [Test]
    public void UnclosedBracketWithoutFinalNewline_SaysItWasNeverClosed()
    {
        var result = Dlrc("-c", "print(1");

        Assert.That(result.Stderr, Does.EndWith("SyntaxError: '(' was never closed\n"));
    }

    private static (int ExitCode, string Stdout, string Stderr) Dlrc(params string[] arguments) => Dlrc(null, arguments);

    private static ProcessStartInfo DlrcStart(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dlrc.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    private static (int ExitCode, string Stdout, string Stderr) DlrcIn(string folder, params string[] arguments)
    {
        var start = DlrcStart(arguments);
        start.WorkingDirectory = folder;
        return Run(start, null);
    }

    private static (int ExitCode, string Stdout, string Stderr) Dlrc(string? stdin, string[] arguments) => Run(DlrcStart(arguments), stdin);

    private static (int ExitCode, string Stdout, string Stderr) Run(ProcessStartInfo start, string? stdin)
    {
        using var process = Process.Start(start)!;
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dlrc did not finish within two minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
