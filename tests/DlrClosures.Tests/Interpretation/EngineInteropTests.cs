using System.Runtime.CompilerServices;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Functions;
using NUnit.Framework;

namespace DlrClosures.Tests.Interpretation;

/// <summary>
/// The two engines share one runtime: a closure made by interpreted code is an ordinary
/// <see cref="PyFunction"/> over <see cref="StrongBox{T}"/> cells, which compiled code, the host and
/// Python introspection call and see exactly as they would a compiled one, and the other way round.
/// </summary>
[TestFixture]
public sealed class EngineInteropTests
{
    private const string Counter = """
        def make_counter():
            count = 0
            def counter():
                nonlocal count
                count += 1
                return count
            def peek():
                return count
            return counter, peek
        counter, peek = make_counter()
        """;

    [Test]
    public void InterpretedClosure_CalledFromCompiledCode_SharesItsCell()
    {
        var interpreted = Engine(ExecutionMode.Interpret);
        var made = interpreted.CreateScope();
        interpreted.Execute(Counter, made);

        var compiled = Engine(ExecutionMode.Compile);
        var scope = compiled.CreateScope();
        scope.SetVariable("counter", made.GetVariable("counter"));
        compiled.Execute("counter()\ncounter()\nlast = counter()", scope);

        Assert.Multiple(() =>
        {
            Assert.That(scope.GetVariable<long>("last"), Is.EqualTo(3L));
            Assert.That(interpreted.Execute<long>("peek()", made), Is.EqualTo(3L), "the interpreted sibling sees the compiled calls");
        });
    }

    [Test]
    public void CompiledClosure_CalledFromInterpretedCode_SharesItsCell()
    {
        var compiled = Engine(ExecutionMode.Compile);
        var made = compiled.CreateScope();
        compiled.Execute(Counter, made);

        var interpreted = Engine(ExecutionMode.Interpret);
        var scope = interpreted.CreateScope();
        scope.SetVariable("counter", made.GetVariable("counter"));
        interpreted.Execute("for _ in range(4):\n    last = counter()", scope);

        Assert.Multiple(() =>
        {
            Assert.That(scope.GetVariable<long>("last"), Is.EqualTo(4L));
            Assert.That(compiled.Execute<long>("peek()", made), Is.EqualTo(4L));
        });
    }

    [Test]
    public void InterpretedClosure_AsTypedDelegate_RunsTheInterpreter()
    {
        var engine = Engine(ExecutionMode.Interpret);
        var scope = engine.CreateScope();
        engine.Execute("def outer(a):\n    def inner(b):\n        return a * b\n    return inner\ntimes_six = outer(6)", scope);

        var timesSix = scope.GetVariable<Func<int, int>>("times_six");

        Assert.That(timesSix(7), Is.EqualTo(42));
    }

    [Test]
    public void InterpretedClosure_ClosureTupleHoldsTheSameStrongBoxes()
    {
        var engine = Engine(ExecutionMode.Interpret);
        var scope = engine.CreateScope();
        engine.Execute(Counter + "\nsame = counter.__closure__[0] is peek.__closure__[0]\ncounter()\ncontents = peek.__closure__[0].cell_contents", scope);
        var counter = (PyFunction)scope.GetVariable("counter")!;
        var peek = (PyFunction)scope.GetVariable("peek")!;

        Assert.Multiple(() =>
        {
            Assert.That(scope.GetVariable<bool>("same"), Is.True);
            Assert.That(scope.GetVariable<long>("contents"), Is.EqualTo(1L));
            Assert.That(counter.Closure![0], Is.InstanceOf<StrongBox<object>>());
            Assert.That(counter.Closure[0], Is.SameAs(peek.Closure![0]));
            Assert.That(counter.Closure[0].Value, Is.EqualTo(1L));
        });
    }

    [Test]
    public void CellWrittenByTheHost_IsReadByInterpretedCode()
    {
        var engine = Engine(ExecutionMode.Interpret);
        var scope = engine.CreateScope();
        engine.Execute(Counter, scope);
        var counter = (PyFunction)scope.GetVariable("counter")!;

        counter.Closure![0].Value = 41L;

        Assert.That(engine.Execute<long>("counter()", scope), Is.EqualTo(42L));
    }

    [Test]
    public void EachFactoryCall_MakesFreshCellsButSharesTheCode()
    {
        var engine = Engine(ExecutionMode.Interpret);
        var scope = engine.CreateScope();
        engine.Execute(Counter + "\nsecond, _ = make_counter()", scope);
        var first = (PyFunction)scope.GetVariable("counter")!;
        var second = (PyFunction)scope.GetVariable("second")!;

        Assert.Multiple(() =>
        {
            Assert.That(second.Closure![0], Is.Not.SameAs(first.Closure![0]));
            Assert.That(second.Code, Is.SameAs(first.Code));
        });
    }

    [Test]
    public void Engine_ReportsTheModeItWasSetUpWith() =>
        Assert.That(Engine(ExecutionMode.Interpret).ExecutionMode, Is.EqualTo(ExecutionMode.Interpret));

    private static ScriptEngine Engine(ExecutionMode mode) =>
        Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode });
}
