using System.Runtime.CompilerServices;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Interpretation;

/// <summary>
/// Behaviour particular to the tree-walker: its frames are deeper on the .NET stack than compiled
/// ones, its jumps are completion values rather than branches, and its errors must still be the
/// compiled engine's, word for word and frame for frame.
/// </summary>
[TestFixture]
public sealed class InterpreterTests
{
    [Test]
    public void DeepRecursion_IsRecursionErrorAndTheHostSurvives()
    {
        var engine = Engine();
        var scope = engine.CreateScope();

        var error = Assert.Throws<PyException>(() => engine.Execute("def f(n):\n    return f(n + 1)\nf(0)", scope))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.FormatExceptionOnly(), Is.EqualTo("RecursionError: maximum recursion depth exceeded"));
            Assert.That(engine.Execute<int>("1 + 1", scope), Is.EqualTo(2));
        });
    }

    // Frames are reused by the next call at the same depth; a finished one must not keep its
    // arguments alive for the host's garbage collector.
    [Test]
    public void FinishedCall_KeepsNoReferenceToItsArguments()
    {
        var engine = Engine();
        var scope = engine.CreateScope();
        engine.Execute("def keep(x):\n    y = x\n    return len(y)", scope);
        var keep = scope.GetVariable<Func<object, object>>("keep");

        var weak = CallWithGarbage(keep);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.That(weak.IsAlive, Is.False);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CallWithGarbage(Func<object, object> keep)
    {
        var list = new DlrClosures.Runtime.PyList(new List<object> { 1L, 2L });
        Assert.That(keep(list), Is.EqualTo(2L));
        return new WeakReference(list);
    }

    [Test]
    public void RecursionFarPastTheStack_IsRecursionErrorNotStackOverflow()
    {
        // A limit no 1 MB thread can reach: the stack probe, not the counter, must stop it.
        var engine = Engine(new ScriptRuntimeSetup { ExecutionMode = ExecutionMode.Interpret, RecursionLimit = 1_000_000 });
        PyException? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                engine.Execute("def f(n):\n    return [f(n + 1) for _ in range(1)]\nf(0)");
            }
            catch (PyException e)
            {
                error = e;
            }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.That(error?.FormatExceptionOnly(), Is.EqualTo("RecursionError: maximum recursion depth exceeded"));
    }

    [TestCase("[0, 0, -1, 2, -2, -3]", "for i in range(4):\n        try:\n            if i == 1: continue\n            if i == 3: break\n            log.append(i)\n        finally:\n            log.append(-i)\n    return log")]
    [TestCase("[1, -1, 2, -2, 3, -3]", "i = 0\n    while True:\n        i += 1\n        try:\n            try:\n                if i < 3: continue\n                return log\n            finally:\n                log.append(i)\n        finally:\n            log.append(-i)")]
    public void JumpsThroughFinally_RunEveryFinalBodyOnce(string expected, string body) =>
        Assert.That(Run("def f():\n    log = []\n    " + body + "\nresult = repr(f())"), Is.EqualTo(expected));

    [Test]
    public void ReturnInFinally_DiscardsTheExceptionAndThePendingReturn() =>
        Assert.That(Run("def f():\n    try:\n        raise ValueError()\n    finally:\n        return 'final'\n" +
                        "def g():\n    try:\n        return 'body'\n    finally:\n        return 'final'\n" +
                        "result = f() + ' ' + g()"), Is.EqualTo("final final"));

    [Test]
    public void BareRaise_RethrowsTheExceptionOfTheInnermostClause() =>
        Assert.That(Run("""
            def f():
                try:
                    raise ValueError('outer')
                except ValueError:
                    try:
                        raise KeyError('inner')
                    except KeyError:
                        pass
                    raise
            try:
                f()
            except ValueError as e:
                result = str(e)
            """), Is.EqualTo("outer"));

    [Test]
    public void Traceback_IsTheCompiledEnginesFrameForFrame()
    {
        const string code = """
            def outer():
                for i in range(3):
                    pass
                return [inner(i) for i in range(2)]
            def inner(n):
                try:
                    return 1 // (n - 1)
                finally:
                    n = 0
            outer()
            """;

        Assert.That(Traceback(code, ExecutionMode.Interpret), Is.EqualTo(Traceback(code, ExecutionMode.Compile)));
    }

    [TestCase("class C(**{}):\n    pass\n")]
    [TestCase("a, *b, *c = range(5)\n")]
    [TestCase("def f():\n    async def g():\n        pass\n")]
    public void UnsupportedConstruct_IsTheCompilersSyntaxErrorBeforeAnythingRuns(string code)
    {
        var source = "print('ran')\n" + code;

        Assert.That(Traceback(source, ExecutionMode.Interpret), Is.EqualTo(Traceback(source, ExecutionMode.Compile))
            .And.StartsWith("  File"));
    }

    [Test]
    public void ExpressionSource_IsEvaluatedForItsValue() =>
        Assert.That(Engine().Execute<int>("6 * 7"), Is.EqualTo(42));

    [Test]
    public void InteractiveInput_PrintsTheReprOfModuleLevelExpressionsOnly()
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = ExecutionMode.Interpret });
        var output = new StringWriter { NewLine = "\n" };
        runtime.IO.SetOutput(output);
        var engine = runtime.GetEngine("python");

        engine.CreateScriptSourceFromString("'a' * 2\nNone\ndef f():\n    3\nf()\nclass C:\n    4\n", SourceCodeKind.InteractiveCode)
            .Execute(engine.CreateScope());

        Assert.That(output.ToString(), Is.EqualTo("'aa'\n"));
    }

    private static string Run(string code)
    {
        var engine = Engine();
        var scope = engine.CreateScope();
        engine.Execute(code, scope);
        return scope.GetVariable<string>("result");
    }

    private static string Traceback(string code, ExecutionMode mode)
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
        var output = new StringWriter();
        runtime.IO.SetOutput(output);
        var engine = runtime.GetEngine("python");
        var error = Assert.Throws<PyException>(() =>
            engine.CreateScriptSourceFromString(code, "case.py", SourceCodeKind.File).Execute(engine.CreateScope()))!;
        return output + error.FormatTraceback();
    }

    private static ScriptEngine Engine(ScriptRuntimeSetup? setup = null) =>
        Python.CreateEngine(setup ?? new ScriptRuntimeSetup { ExecutionMode = ExecutionMode.Interpret });
}
