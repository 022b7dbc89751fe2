using DlrClosures.Hosting;
using DlrClosures.Interpretation;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// <see cref="ScriptRuntimeSetup.LoopCompileThreshold"/>: a function with loops starts on the
/// interpreter; a call whose loops take that many back edges goes on in compiled code from where
/// it is (on-stack replacement); the whole function is compiled at its CompileThreshold-th call. The conformance
/// corpus runs with a threshold of 1 (TieredConformanceTests); these pin the switch itself.
/// </summary>
[TestFixture]
public sealed class LoopCompileThresholdTests
{
    private static ScriptEngine Engine(int backEdges) =>
        new ScriptRuntime(new ScriptRuntimeSetup
        {
            ExecutionMode = ExecutionMode.Compile,
            InterpretLoopFreeModules = true,
            CompileThreshold = 100,
            LoopCompileThreshold = backEdges,
        }).GetEngine("python");

    // A compiled body is a dynamic method (System.Linq.Expressions), which belongs to no type.
    private static bool IsCompiledBody(PyFunction function)
    {
        function.Code.EnsureCompiled();
        return function.Code.Entry!.Method.DeclaringType is null;
    }

    private const string Sum = "def total(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n";

    [Test]
    public void ShortLoops_StayOnTheInterpreter()
    {
        var engine = Engine(backEdges: 50);
        var scope = engine.CreateScope();
        engine.Execute(Sum + "r = total(10) + total(20)\n", scope);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(45L + 190L));
        Assert.That(IsCompiledBody(scope.GetVariable<PyFunction>("total")), Is.False);
    }

    [Test]
    public void ALongLoop_FinishesInCompiledCode()
    {
        var engine = Engine(backEdges: 50);
        var scope = engine.CreateScope();
        int before = TieringCounters.ResumedCalls;
        engine.Execute(Sum + "r = total(1000)\nr2 = total(10)\nr3 = total(500)\n", scope);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(499_500L));
        Assert.That(scope.GetVariable<long>("r2"), Is.EqualTo(45L));
        Assert.That(scope.GetVariable<long>("r3"), Is.EqualTo(124_750L));
        Assert.That(TieringCounters.ResumedCalls - before, Is.EqualTo(2), "the two long calls left the interpreter, the short one did not");
        Assert.That(IsCompiledBody(scope.GetVariable<PyFunction>("total")), Is.False, "compiled only at the CompileThreshold-th call");
    }

    [Test]
    public void AFunctionWithLoops_IsCompiledAtTheThresholdsCall()
    {
        var engine = Engine(backEdges: 50);
        var scope = engine.CreateScope();
        engine.Execute(Sum + "r = [total(i) for i in range(100)][-1]\n", scope);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(4851L));
        Assert.That(IsCompiledBody(scope.GetVariable<PyFunction>("total")), Is.True);
    }

    [Test]
    public void NestedShortLoops_CountTogether()
    {
        // No loop of the call runs 50 times, but together they take 100 back edges.
        var engine = Engine(backEdges: 50);
        var scope = engine.CreateScope();
        int before = TieringCounters.ResumedCalls;
        engine.Execute("def grid(n):\n    s = 0\n    for i in range(n):\n        for j in range(n):\n            s += i * j\n    return s\nr = grid(10)\n", scope);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(2025L));
        Assert.That(TieringCounters.ResumedCalls - before, Is.EqualTo(1));
    }

    // A loop the call cannot leave the interpreter through (in a comprehension, a try, an else
    // clause) runs compiled on its own from the back edge, and the interpreter goes on after it:
    // with the locals the loop wrote, a return's value, and the finally clauses outside the loop.
    [TestCase("def f(n):\n    s = 0\n    try:\n        for i in range(n):\n            s += i\n    finally:\n        s = -s\n    return s\nr = f(100)\n", -4950L)]
    [TestCase("def f(n):\n    return sum([i for i in range(n)])\nr = f(100)\n", 4950L)]
    [TestCase("def f(n):\n    s = 0\n    for i in range(n):\n        s += sum(j for j in range(i))\n    return s\nr = f(20)\n", 1140L)]
    [TestCase("def f(n):\n    log = [0]\n    try:\n        for i in range(n):\n            try:\n                if i == 60:\n                    return i\n            finally:\n                log[0] += 1\n    finally:\n        log[0] += 1000\n    return -1\nr = f(100)\n", 60L)]
    [TestCase("def f(n):\n    for i in range(n):\n        pass\n    else:\n        k = 0\n        while k < n:\n            k += 1\n    return k\nr = f(50)\n", 50L)]
    public void ALoopTheCallCannotLeaveThrough_RunsCompiledOnItsOwn(string source, long expected)
    {
        var engine = Engine(backEdges: 10);
        var scope = engine.CreateScope();
        int before = TieringCounters.CompiledLoops + TieringCounters.ResumedCalls;
        engine.Execute(source, scope);

        // Whichever loop reaches the count first leaves: the one inside, or a resumable one around it.
        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(expected));
        Assert.That(TieringCounters.CompiledLoops + TieringCounters.ResumedCalls - before, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void AComprehension_RunsCompiledOnItsOwn_AndTheInterpreterGoesOn()
    {
        var engine = Engine(backEdges: 10);
        var scope = engine.CreateScope();
        int before = TieringCounters.CompiledLoops;
        engine.Execute("def f(n):\n    squares = [i * i for i in range(n)]\n    return len(squares), squares[-1]\nr = f(100)\n", scope);

        Assert.That(engine.Execute<string>("repr(r)", scope), Is.EqualTo("(100, 9801)"));
        Assert.That(TieringCounters.CompiledLoops - before, Is.EqualTo(1));
    }

    [Test]
    public void AReturnInsideTheLoop_RunsTheFinallyClausesInsideAndOutside()
    {
        var engine = Engine(backEdges: 5);
        var scope = engine.CreateScope();
        engine.Execute(
            "log = []\ndef f(n):\n    try:\n        for i in [x for x in range(n)]:\n            try:\n                if i == 30:\n                    return i\n            finally:\n                log.append(i)\n    finally:\n        log.append('outer')\nr = f(100)\n", scope);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(30L));
        Assert.That(engine.Execute<long>("len(log)", scope), Is.EqualTo(32L));
        Assert.That(engine.Execute<string>("log[-1]", scope), Is.EqualTo("outer"));
    }

    [Test]
    public void ALoopInAnExceptClause_MakesTheFunctionCompiledAtItsFirstCall()
    {
        // A bare raise in the loop needs the handler around it, which only the whole body has.
        var engine = Engine(backEdges: 1000);
        var scope = engine.CreateScope();
        engine.Execute("def f(n):\n    try:\n        raise KeyError(n)\n    except KeyError:\n        s = 0\n        for i in range(n):\n            s += i\n        return s\nr = f(10)\n", scope);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(45L));
        Assert.That(IsCompiledBody(scope.GetVariable<PyFunction>("f")), Is.True);
    }

    [Test]
    public void AnErrorAfterTheSwitch_HasTheTracebackOfTheCompiledEngine()
    {
        const string source =
            "def scale(values):\n" +
            "    out = []\n" +
            "    for v in values:\n" +
            "        if v > 2:\n" +
            "            out.append(60 // (v - 7))\n" +
            "    return out\n" +
            "\n" +
            "scale(range(20))\n";

        string Traceback(ScriptEngine engine)
        {
            var error = Assert.Throws<PyException>(() =>
                engine.CreateScriptSourceFromString(source, "scale.py", SourceCodeKind.File).Execute(engine.CreateScope()))!;
            return error.FormatTraceback();
        }

        var switched = Traceback(Engine(backEdges: 3));
        var compiled = Traceback(new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = ExecutionMode.Compile }).GetEngine("python"));

        Assert.That(switched, Is.EqualTo(compiled));
        Assert.That(switched, Does.Contain("line 5, in scale"));
    }

    [Test]
    public void AFunctionCalledRecursively_SwitchesInEachCall()
    {
        var engine = Engine(backEdges: 4);
        var scope = engine.CreateScope();
        engine.Execute(
            "def walk(depth):\n    s = 0\n    for i in range(6):\n        s += i\n        if depth and i == 2:\n            s += walk(depth - 1)\n    return s\nr = walk(4)\n", scope);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(75L));
    }
}
