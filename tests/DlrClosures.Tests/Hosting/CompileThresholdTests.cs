using DlrClosures.Hosting;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// <see cref="ScriptRuntimeSetup.CompileThreshold"/>: in an interpreted module body, a function
/// without loops runs its first calls on the interpreter and is compiled at the threshold's call;
/// a function with a loop is compiled at its first call. Calls behave the same either side of the switch.
/// </summary>
[TestFixture]
public sealed class CompileThresholdTests
{
    private static ScriptScope Run(string source, int threshold)
    {
        var engine = new ScriptRuntime(new ScriptRuntimeSetup
        {
            ExecutionMode = ExecutionMode.Compile,
            InterpretLoopFreeModules = true,
            CompileThreshold = threshold,
        }).GetEngine("python");
        var scope = engine.CreateScope();
        engine.Execute(source, scope);
        return scope;
    }

    // A compiled body is a dynamic method (System.Linq.Expressions), which belongs to no type.
    private static bool IsCompiledBody(PyFunction function)
    {
        function.Code.EnsureCompiled();
        return function.Code.Entry!.Method.DeclaringType is null;
    }

    [Test]
    public void LoopFreeFunction_IsInterpretedUntilTheThreshold()
    {
        var scope = Run("def f(x):\n    return x + 1\nfirst = f(1)\nsecond = f(2)\n", threshold: 3);
        var f = scope.GetVariable<PyFunction>("f");
        Assert.That(IsCompiledBody(f), Is.False);

        f.Call1(PyInt.Box(3));

        Assert.That(IsCompiledBody(f), Is.True);
        Assert.That(scope.GetVariable<long>("second"), Is.EqualTo(3L));
    }

    [Test]
    public void InACompiledModule_LoopFreeFunctionIsInterpretedUntilTheThreshold()
    {
        // The loop makes the module body compiled; its def still starts on the interpreter.
        const string source = "class C:\n    def m(self, x):\n        return x * 2\ntotal = 0\nfor i in range(4):\n    total += C().m(i)\n";
        var scope = Run(source, threshold: 10);
        var m = scope.Engine.Execute<PyFunction>("C.m", scope);

        Assert.That(scope.GetVariable<long>("total"), Is.EqualTo(12L));
        Assert.That(IsCompiledBody(m), Is.False);
        scope.Engine.Execute("for i in range(6):\n    total += C().m(i)\n", scope);
        Assert.That(IsCompiledBody(m), Is.True);
        Assert.That(scope.GetVariable<long>("total"), Is.EqualTo(42L));
    }

    [Test]
    public void FunctionWithALoop_IsCompiledAtItsFirstCall()
    {
        var scope = Run("def total(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nr = total(5)\n", threshold: 100);

        Assert.That(IsCompiledBody(scope.GetVariable<PyFunction>("total")), Is.True);
        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(10L));
    }

    [Test]
    public void WithoutAThreshold_FunctionsAreCompiledAtTheirFirstCall()
    {
        var scope = Run("def f(x):\n    return x + 1\nr = f(1)\n", threshold: 0);

        Assert.That(IsCompiledBody(scope.GetVariable<PyFunction>("f")), Is.True);
    }

    [Test]
    public void RecursionAcrossTheSwitch_GivesTheSameResult()
    {
        // The switch happens at the fifth call, deep inside the first call's recursion.
        var scope = Run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nr = fib(15)\n", threshold: 5);

        Assert.That(scope.GetVariable<long>("r"), Is.EqualTo(610L));
        Assert.That(IsCompiledBody(scope.GetVariable<PyFunction>("fib")), Is.True);
    }

    [Test]
    public void CellsAcrossTheSwitch_AreShared()
    {
        const string source =
            "def make():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n" +
            "inc = make()\nseen = [inc(), inc(), inc(), inc(), inc(), inc()]\n";
        var scope = Run(source, threshold: 3);

        Assert.That(scope.Engine.Execute<string>("repr(seen)", scope), Is.EqualTo("[1, 2, 3, 4, 5, 6]"));
        Assert.That(IsCompiledBody(scope.GetVariable<PyFunction>("inc")), Is.True);
    }

    [Test]
    public void ErrorsAcrossTheSwitch_AreTheSame()
    {
        const string source =
            "def div(a, b):\n    return a // b\nmessages = []\n" +
            "def attempt():\n    try:\n        div(1, 0)\n    except ZeroDivisionError as e:\n        messages.append(str(e))\n" +
            "attempt()\nattempt()\nattempt()\n";
        var scope = Run(source, threshold: 2);

        Assert.That(scope.Engine.Execute<string>("repr(messages)", scope),
            Is.EqualTo("['integer division or modulo by zero', 'integer division or modulo by zero', 'integer division or modulo by zero']"));
    }
}
