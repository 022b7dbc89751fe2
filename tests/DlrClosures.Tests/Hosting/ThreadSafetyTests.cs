using System.Collections.Concurrent;
using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// What docs/hosting.md ("Threads") says is safe to share, hammered from many threads at once: a
/// runtime and its engine, a <see cref="CompiledCode"/> run in a scope per thread, a script function
/// called through a delegate, <see cref="ObjectOperations"/>, and reads of <see cref="ScriptRuntime.Globals"/>.
/// Each thread checks its own results, so a race shows as a wrong value or an exception, not as a timing.
/// </summary>
[TestFixture(ExecutionMode.Compile, 0)]
[TestFixture(ExecutionMode.Compile, 3)]
[TestFixture(ExecutionMode.Interpret, 0)]
public sealed class ThreadSafetyTests(ExecutionMode mode, int compileThreshold)
{
    private const int Threads = 8;
    private const int Rounds = 150;

    private ScriptEngine CreateEngine() =>
        Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode, CompileThreshold = compileThreshold });

    // Runs body(thread, round) on Threads threads started together; rethrows the first failure.
    private static void Hammer(Action<int, int> body, int rounds = Rounds)
    {
        var errors = new ConcurrentQueue<Exception>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (int round = 0; round < rounds; round++) body(t, round);
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        }, 4 * 1024 * 1024)).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (errors.TryDequeue(out var first)) Assert.Fail(first.ToString());
    }

    [Test]
    public void OneCompiledCode_RunsInAScopePerThread()
    {
        var engine = CreateEngine();
        var code = engine.CreateScriptSourceFromString("""
            def make_adder(k):
                def add(x):
                    return x + k
                return add
            add = make_adder(seed)
            total = sum(add(i) for i in range(10))
            words = [str(n) for n in range(seed % 5)]
            """).Compile();

        Hammer((thread, round) =>
        {
            int seed = thread * 1000 + round;
            var scope = engine.CreateScope();
            scope.SetVariable("seed", seed);
            code.Execute(scope);
            Assert.That(scope.GetVariable<int>("total"), Is.EqualTo(45 + 10 * seed));
            Assert.That(scope.GetVariable<string[]>("words").Length, Is.EqualTo(seed % 5));
        });
    }

    [Test]
    public void OneEngine_CompilesAndRunsOnEveryThread()
    {
        var engine = CreateEngine();
        Hammer((thread, round) =>
        {
            var scope = engine.CreateScope();
            engine.Execute($"def f(n):\n    return n * {thread + 1}\nr = f({round})", scope);
            Assert.That(scope.GetVariable<int>("r"), Is.EqualTo(round * (thread + 1)));
        }, rounds: 15); // each round compiles a module to IL: a few milliseconds of CPU time
    }

    [Test]
    public void OneScriptFunction_CalledThroughADelegateFromEveryThread()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)", scope);
        var fib = scope.GetVariable<Func<int, int>>("fib");

        Hammer((_, round) => Assert.That(fib(round % 15), Is.EqualTo(Fib(round % 15))));
    }

    [Test]
    public void ObjectOperationsAndGlobals_AreSharedReadOnly()
    {
        var engine = CreateEngine();
        engine.Runtime.Globals.SetVariable("factor", 3);
        var scope = engine.CreateScope();
        engine.Execute("class P:\n    def __init__(self, v):\n        self.v = v\n    def scaled(self):\n        return self.v * factor", scope);
        var ops = engine.Operations;
        var cls = scope.GetVariable("P");

        Hammer((thread, round) =>
        {
            var p = ops.CreateInstance(cls, round);
            Assert.That(ops.InvokeMember(p, "scaled"), Is.EqualTo(round * 3));
            Assert.That(ops.Format(ops.Add(thread, round)), Is.EqualTo((thread + round).ToString()));
        });
    }

    [Test]
    public void PrintFromManyThreads_GoesToTheRuntimeWriterWhole()
    {
        var engine = CreateEngine();
        var output = new StringWriter();
        engine.Runtime.IO.SetOutput(TextWriter.Synchronized(output));
        var code = engine.CreateScriptSourceFromString("print('line', n)").Compile();

        Hammer((thread, round) =>
        {
            var scope = engine.CreateScope();
            scope.SetVariable("n", thread);
            code.Execute(scope);
        });

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(Threads * Rounds));
            Assert.That(lines, Has.All.Match(@"^line [0-7]$"));
        });
    }

    private static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
}
