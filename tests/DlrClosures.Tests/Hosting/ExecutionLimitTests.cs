using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// The matrix of issue 13 on both engines: each limit stops each runaway script with its documented
/// exception, no script handler catches it, finally clauses run (and a finally that loops is stopped
/// again), and the same engine then runs a normal script. No test asserts a duration: the time
/// limits are generous and only the outcome is checked.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ExecutionLimitTests(ExecutionMode mode)
{
    private const string Spin = "while True:\n    pass\n";
    private const string SpinUnderHandlers =
        "while True:\n" +
        "    try:\n" +
        "        try:\n" +
        "            try:\n" +
        "                while True:\n" +
        "                    pass\n" +
        "            except Exception:\n" +
        "                print('except Exception')\n" +
        "        except BaseException:\n" +
        "            print('except BaseException')\n" +
        "    except:\n" +
        "        print('bare except')\n";
    // The cleanup calls a function (as an __exit__ method would be called) before it loops.
    private const string SpinInFinally =
        "def report():\n" +
        "    print('cleanup')\n" +
        "try:\n" +
        "    while True:\n" +
        "        pass\n" +
        "finally:\n" +
        "    report()\n" +
        "    while True:\n" +
        "        pass\n";
    private const string HugeSum = "sum(range(10**15))\n";

    // Cells of the matrix: the scripts that TimeLimit, cancellation and MaxStatements each stop.
    // list(itertools.count()) is left out: itertools does not exist yet; sum over a huge range is
    // the iterator consumer that runs without a script back-edge.
    private static readonly string[] s_runaways = [Spin, SpinUnderHandlers, SpinInFinally, HugeSum];

    [TestCaseSource(nameof(s_runaways))]
    public void TimeLimit_StopsTheScript(string script) =>
        AssertStopped<ScriptTimeoutException>(new ScriptRuntimeSetup { TimeLimit = TimeSpan.FromMilliseconds(200) }, script);

    [TestCaseSource(nameof(s_runaways))]
    public void MaxStatements_StopsTheScript(string script) =>
        AssertStopped<ScriptStatementLimitException>(new ScriptRuntimeSetup { MaxStatements = 100_000 }, script);

    [TestCaseSource(nameof(s_runaways))]
    public void Cancellation_StopsTheScript(string script)
    {
        var (engine, output) = NewEngine(new ScriptRuntimeSetup());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var error = Assert.Throws<ScriptCanceledException>(() => engine.Execute(script, engine.CreateScope(), cancellation.Token));
        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(error!.CancellationToken, Is.EqualTo(cancellation.Token));
        AssertCleanupOnly(script, output);
        AssertRunsNormally(engine, output);
    }

    // A huge power has no script back-edge and no items: the limits are read between its
    // multiplications (CPython itself takes minutes over this one). Found by the fuzz soak.
    [Test]
    public void TimeLimit_StopsAHugePower() =>
        AssertStopped<ScriptTimeoutException>(new ScriptRuntimeSetup { TimeLimit = TimeSpan.FromMilliseconds(200) }, "x = 10**42994299\n");

    // A repr with no script back edge in it: 2**40 items to show (found by the mutation fuzzer's soak).
    [Test]
    public void TimeLimit_StopsAnExponentialRepr() =>
        AssertStopped<ScriptTimeoutException>(new ScriptRuntimeSetup { TimeLimit = TimeSpan.FromMilliseconds(200) },
            "x = []\nfor i in range(40): x = [x, {1: (x,)}]\ns = repr(x)\n");

    [Test]
    public void Cancellation_StopsAHugePower()
    {
        var (engine, output) = NewEngine(new ScriptRuntimeSetup());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.Throws<ScriptCanceledException>(() => engine.Execute("x = 10**42994299\n", engine.CreateScope(), cancellation.Token));
        AssertRunsNormally(engine, output);
    }

    [TestCase("l = []\nwhile True:\n    l.append(1)\n")]
    [TestCase("s = 'a' * 10**10\n")]
    [TestCase("n = 10**10**8\n")]
    [TestCase("l = [0] * 10**10\n")]
    [TestCase("l = [[i] for i in range(10**9)]\n")]
    public void MemoryLimit_StopsTheScript(string script) =>
        AssertStopped<ScriptMemoryLimitException>(new ScriptRuntimeSetup { MemoryLimit = 20_000_000 }, script);

    [Test]
    public void MaxOutputBytes_StopsAnEndlessPrintLoop()
    {
        var (engine, output) = NewEngine(new ScriptRuntimeSetup { MaxOutputBytes = 1000 });
        Assert.Throws<ScriptOutputLimitException>(() => engine.Execute("while True:\n    print('spam')\n", engine.CreateScope()));
        // 'spam\n' is 5 bytes: 200 prints fit, the 201st would cross the limit and writes nothing.
        Assert.That(output.ToString(), Is.EqualTo(string.Concat(Enumerable.Repeat("spam\n", 200))));
        output.GetStringBuilder().Clear();
        AssertRunsNormally(engine, output);
    }

    [Test]
    public void MaxStatements_CountsEachLoopIterationAndTheTestThatEndsTheLoop()
    {
        // One step to enter the module, then 11 for range(10): one per item, and the one that finds it exhausted.
        var (engine, _) = NewEngine(new ScriptRuntimeSetup());
        const string script = "for i in range(10):\n    pass\n";
        Assert.DoesNotThrow(() => engine.Execute(script, engine.CreateScope(), new ScriptLimits { MaxStatements = 12 }));
        Assert.Throws<ScriptStatementLimitException>(() => engine.Execute(script, engine.CreateScope(), new ScriptLimits { MaxStatements = 11 }));
    }

    [Test]
    public void MaxStatements_CountsCallsComprehensionIterationsAndItemsBuiltinsConsume()
    {
        // The module's entry, 3 calls of f, 4 steps of the comprehension's loop over [1, 2, 3]
        // (a comprehension runs inline, in the module's frame), and 3 items sum() consumes.
        var (engine, _) = NewEngine(new ScriptRuntimeSetup());
        const string script = "def f(x):\n    return x\nr = sum([f(x) for x in [1, 2, 3]])\n";
        Assert.DoesNotThrow(() => engine.Execute(script, engine.CreateScope(), new ScriptLimits { MaxStatements = 11 }));
        Assert.Throws<ScriptStatementLimitException>(() => engine.Execute(script, engine.CreateScope(), new ScriptLimits { MaxStatements = 10 }));
    }

    [Test]
    public void UnboundedRecursionWithoutLoops_IsStoppedAtFunctionEntry()
    {
        // Exponential recursion has no loop: the function entries are its checkpoints.
        AssertStopped<ScriptStatementLimitException>(new ScriptRuntimeSetup { MaxStatements = 100_000 },
            "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(100)\n");
    }

    [Test]
    public void PerExecutionLimits_OverrideTheRuntimeDefaults()
    {
        var (engine, output) = NewEngine(new ScriptRuntimeSetup { MaxStatements = 10 });
        Assert.Throws<ScriptStatementLimitException>(() => engine.Execute("for i in range(100):\n    pass\n", engine.CreateScope()));
        engine.Execute("for i in range(100):\n    pass\nprint('done')\n", engine.CreateScope(), new ScriptLimits { MaxStatements = 1000 });
        Assert.That(output.ToString(), Is.EqualTo("done\n"));
    }

    [Test]
    public void CompiledCode_StoppedByALimit_RunsAgainNormally()
    {
        var (engine, output) = NewEngine(new ScriptRuntimeSetup());
        var code = engine.CreateScriptSourceFromString("n = 0\nwhile n < limit:\n    n += 1\nprint(n)\n").Compile();
        var scope = engine.CreateScope();
        scope.SetVariable("limit", 1_000_000_000_000L);
        Assert.Throws<ScriptStatementLimitException>(() => code.Execute(scope, new ScriptLimits { MaxStatements = 1000 }));
        scope.SetVariable("limit", 5);
        code.Execute(scope);
        Assert.That(output.ToString(), Is.EqualTo("5\n"));
    }

    [Test]
    public void DelegateCalledLater_RunsUnderTheRuntimeLimits()
    {
        var (engine, output) = NewEngine(new ScriptRuntimeSetup { MaxStatements = 100_000 });
        var scope = engine.CreateScope();
        engine.Execute("def spin():\n    while True:\n        pass\ndef add(a, b):\n    return a + b\n", scope);
        var spin = scope.GetVariable<Action>("spin");
        Assert.Throws<ScriptStatementLimitException>(() => spin());
        // Each call is an entry of its own, counted from zero.
        var add = scope.GetVariable<Func<long, long, long>>("add");
        Assert.That(add(2, 3), Is.EqualTo(5L));
        AssertRunsNormally(engine, output);
    }

    // The return discards the parked exception, as in Python; the limit is thrown again at the
    // next poll (here, the caller's loop) or, when the execution ends first, by the host entry.
    [TestCase("def f():\n    try:\n        while True:\n            pass\n    finally:\n        return 1\nf()\nwhile True:\n    pass\n")]
    [TestCase("def f():\n    try:\n        while True:\n            pass\n    finally:\n        return 1\nf()\n")]
    public void ReturnInsideFinally_DoesNotSwallowTheLimit(string script) =>
        AssertStopped<ScriptStatementLimitException>(new ScriptRuntimeSetup { MaxStatements = 10_000 }, script);

    [Test]
    public void RecursionError_StaysAnOrdinaryPythonException()
    {
        var (engine, output) = NewEngine(new ScriptRuntimeSetup { MaxStatements = 10_000_000 });
        engine.Execute("def f():\n    f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(type(e).__name__)\n", engine.CreateScope());
        Assert.That(output.ToString(), Is.EqualTo("RecursionError\n"));
    }

    [Test]
    public void Interrupt_RaisesKeyboardInterruptThatTheScriptCanCatch()
    {
        var (engine, output) = NewEngine(new ScriptRuntimeSetup());
        var runtime = engine.Runtime;
        Assert.That(runtime.Interrupt(), Is.False, "nothing is running");
        var interrupter = new Thread(() => { while (!runtime.Interrupt()) Thread.Sleep(10); });
        interrupter.Start();
        engine.Execute("try:\n    while True:\n        pass\nexcept Exception:\n    print('Exception')\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e))\n", engine.CreateScope());
        interrupter.Join();
        Assert.That(output.ToString(), Is.EqualTo("caught KeyboardInterrupt()\n"));
        output.GetStringBuilder().Clear();
        AssertRunsNormally(engine, output);
    }

    [Test]
    public void Interrupt_Uncaught_ReachesTheHostWithATracebackAfterFinallyRan()
    {
        var (engine, output) = NewEngine(new ScriptRuntimeSetup());
        var runtime = engine.Runtime;
        var interrupter = new Thread(() => { while (!runtime.Interrupt()) Thread.Sleep(10); });
        interrupter.Start();
        var error = Assert.Throws<PyException>(() => engine.Execute("try:\n    while True:\n        pass\nfinally:\n    print('cleanup')\n", engine.CreateScope()));
        interrupter.Join();
        Assert.That(error!.PythonType, Is.EqualTo("KeyboardInterrupt"));
        Assert.That(error.FormatTraceback(), Does.EndWith("KeyboardInterrupt\n"));
        Assert.That(output.ToString(), Is.EqualTo("cleanup\n"));
    }

    private void AssertStopped<TLimit>(ScriptRuntimeSetup setup, string script) where TLimit : ScriptLimitException
    {
        var (engine, output) = NewEngine(setup);
        Assert.Throws<TLimit>(() => engine.Execute(script, engine.CreateScope()));
        AssertCleanupOnly(script, output);
        AssertRunsNormally(engine, output);
    }

    // No handler ran; the finally clause did.
    private static void AssertCleanupOnly(string script, StringWriter output)
    {
        Assert.That(output.ToString(), Is.EqualTo(script.Contains("cleanup") ? "cleanup\n" : ""));
        output.GetStringBuilder().Clear();
    }

    private static void AssertRunsNormally(ScriptEngine engine, StringWriter output)
    {
        engine.Execute("def total(n):\n    return sum(i for i in range(n))\nprint(total(10))\n", engine.CreateScope());
        Assert.That(output.ToString(), Is.EqualTo("45\n"));
    }

    private (ScriptEngine, StringWriter) NewEngine(ScriptRuntimeSetup setup)
    {
        setup.ExecutionMode = mode;
        var runtime = new ScriptRuntime(setup);
        var output = new StringWriter { NewLine = "\n" };
        runtime.IO.SetOutput(output);
        return (runtime.GetEngine("python"), output);
    }
}
