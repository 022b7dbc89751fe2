using System.Runtime.CompilerServices;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Functions;
using NUnit.Framework;

namespace DlrClosures.Tests.Compilation;

/// <summary>How the compiled code represents captured variables: one StrongBox per cell, shared.</summary>
[TestFixture]
public sealed class ClosureCellTests
{
    private const string Siblings = """
        def make_pair():
            shared = 0
            def bump():
                nonlocal shared
                shared += 1
                return shared
            def read():
                return shared
            return bump, read
        bump, read = make_pair()
        """;

    [Test]
    public void SiblingClosures_ShareOneStrongBox()
    {
        var scope = Run(Siblings);
        var bump = (PyFunction)scope.GetVariable("bump")!;
        var read = (PyFunction)scope.GetVariable("read")!;

        Assert.Multiple(() =>
        {
            Assert.That(bump.Closure, Has.Length.EqualTo(1));
            Assert.That(read.Closure, Has.Length.EqualTo(1));
            Assert.That(bump.Closure![0], Is.SameAs(read.Closure![0]));
            Assert.That(bump.Closure[0], Is.InstanceOf<StrongBox<object>>());
        });
    }

    [Test]
    public void WriteThroughOneSibling_IsSeenByTheOtherAndByTheBox()
    {
        var scope = Run(Siblings + "\nbump()\nbump()\nseen = read()");
        var read = (PyFunction)scope.GetVariable("read")!;

        Assert.Multiple(() =>
        {
            Assert.That(scope.GetVariable<long>("seen"), Is.EqualTo(2L));
            Assert.That(read.Closure![0].Value, Is.EqualTo(2L));
        });
    }

    [Test]
    public void ClosureTupleFromPython_HoldsTheSameBoxes()
    {
        var scope = Run(Siblings + "\nsame = bump.__closure__[0] is read.__closure__[0]");

        Assert.That(scope.GetVariable<bool>("same"), Is.True);
    }

    [Test]
    public void WritingCellContents_ChangesWhatTheFunctionReads()
    {
        var scope = Run(Siblings + "\nread.__closure__[0].cell_contents = 41\nafter = bump()");

        Assert.That(scope.GetVariable<long>("after"), Is.EqualTo(42L));
    }

    [Test]
    public void EachCallOfTheFactory_MakesFreshCellsButSharesTheCode()
    {
        var scope = Run(Siblings + "\nbump2, read2 = make_pair()");
        var bump = (PyFunction)scope.GetVariable("bump")!;
        var bump2 = (PyFunction)scope.GetVariable("bump2")!;

        Assert.Multiple(() =>
        {
            Assert.That(bump2.Closure![0], Is.Not.SameAs(bump.Closure![0]));
            Assert.That(bump2.Code, Is.SameAs(bump.Code));
        });
    }

    [Test]
    public void FunctionWithoutFreeVariables_HasNoClosure()
    {
        var scope = Run("def plain(x):\n    return x\n");

        Assert.That(((PyFunction)scope.GetVariable("plain")!).Closure, Is.Null);
    }

    private static ScriptScope Run(string code)
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute(code, scope);
        return scope;
    }
}
