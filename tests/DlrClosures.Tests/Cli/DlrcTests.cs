using System.Diagnostics;
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
    public void Repl_PrintsReprOfExpressionsAndRunsBlocks()
    {
        var input = "1 + 1\n'a' * 2\nx = None\nx\ndef f(n):\n    return n * 10\n\nf(4)\n";

        var result = Dlrc(input, []);

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Is.EqualTo("2\n'aa'\n40\n"));
            Assert.That(result.ExitCode, Is.EqualTo(0));
        });
    }

    private static (int ExitCode, string Stdout, string Stderr) Dlrc(params string[] arguments) => Dlrc(null, arguments);

    private static (int ExitCode, string Stdout, string Stderr) Dlrc(string? stdin, string[] arguments)
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
