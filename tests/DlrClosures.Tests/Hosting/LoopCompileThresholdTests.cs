using DlrClosures.Hosting;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// <see cref="ScriptRuntimeSetup.LoopCompileThreshold"/>: a function with loops starts on the
/// interpreter; a call whose loops take that many back edges goes on in compiled code from where
/// it is (on-stack replacement), and the function is compiled for its next call. The conformance
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
    public void ALongLoop_FinishesInCompiledCode_AndTheNextCallIsCompiled()
    {
        var engine = Engine(backEdges: 50);
        var scope = engine.CreateScope();
        engine.Execute(Sum + "r = total(1000)\n", scope);
        var total = scope.GetVariable<PyFunction>("total");

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(499_500L));
        var next = total.Call1(PyInt.Box(10));
        Assert.That(IsCompiledBody(total), Is.True);
        Assert.That(next, Is.EqualTo(45L));
    }

    [Test]
    public void NestedShortLoops_CountTogether()
    {
        // No loop of the call runs 50 times, but together they take 100 back edges.
        var engine = Engine(backEdges: 50);
        var scope = engine.CreateScope();
        engine.Execute("def grid(n):\n    s = 0\n    for i in range(n):\n        for j in range(n):\n            s += i * j\n    return s\nr = grid(10)\n", scope);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(2025L));
        var next = scope.GetVariable<PyFunction>("grid").Call1(PyInt.Box(3));
        Assert.That(IsCompiledBody(scope.GetVariable<PyFunction>("grid")), Is.True);
        Assert.That(next, Is.EqualTo(9L));
    }

    // A call cannot leave the interpreter inside a try (or a comprehension, a with, an else clause):
    // one call could then run such a loop a million times on the interpreter, so a function with
    // one is compiled at its first call, as without the threshold.
    [TestCase("def f(n):\n    s = 0\n    try:\n        for i in range(n):\n            s += i\n    finally:\n        s = -s\n    return s\nr = f(10)\n", -45L)]
    [TestCase("def f(n):\n    return sum([i for i in range(n)])\nr = f(10)\n", 45L)]
    [TestCase("def f(n):\n    s = 0\n    for i in range(n):\n        s += sum(j for j in range(i))\n    return s\nr = f(10)\n", 120L)]
    public void AFunctionWithALoopNoCallCanLeave_IsCompiledAtItsFirstCall(string source, long expected)
    {
        var engine = Engine(backEdges: 1000);
        var scope = engine.CreateScope();
        engine.Execute(source, scope);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(expected));
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
