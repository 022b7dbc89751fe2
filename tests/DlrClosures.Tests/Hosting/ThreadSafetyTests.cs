using System.Collections.Concurrent;
using System.Text;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Tests.Fuzzing;
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

    // Issue 13, point 6: programs of the differential fuzzer (each checked against CPython there),
    // run once serially and then by 8 threads at once, each program in its own scope, every thread
    // running 4 of them, so that each program runs twice and different programs compile and run
    // together (each compiled execution costs 10-100 ms of a loaded machine, hence few). Each run
    // must print what it printed serially and end the same way. print goes to the runtime's one
    // writer, which hands each thread its own buffer.
    [Test]
    public void EightThreadsWithTheirOwnScopes_GetTheSerialResults()
    {
        var programs = GeneratedProgramTests.Programs(seed: 6, count: 16).Select(p => p.ToString()).ToArray();
        var engine = CreateEngine();
        var output = new WriterPerThread();
        engine.Runtime.IO.SetOutput(output);

        string RunOne(string source)
        {
            output.Current.GetStringBuilder().Clear();
            string ending = "completed";
            try
            {
                engine.Execute(source, engine.CreateScope());
            }
            catch (PyException e)
            {
                ending = e.FormatExceptionOnly();
            }
            return output.Current + "--> " + ending;
        }

        var serial = programs.Select(RunOne).ToArray();
        Assert.That(serial.Count(r => r.EndsWith("--> completed", StringComparison.Ordinal)), Is.GreaterThan(3), "too few programs run to their end to compare much");
        Hammer((thread, round) =>
        {
            int index = (thread + Threads * round) % programs.Length;
            Assert.That(RunOne(programs[index]), Is.EqualTo(serial[index]), $"program {index} on thread {thread}:\n{programs[index]}");
        }, rounds: 2 * programs.Length / Threads);
    }

    private sealed class WriterPerThread : TextWriter
    {
        private readonly ThreadLocal<StringWriter> _writers = new(() => new StringWriter { NewLine = "\n" });

        public StringWriter Current => _writers.Value!;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Current.Write(value);

        public override void Write(string? value) => Current.Write(value);
    }

    private static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
}
