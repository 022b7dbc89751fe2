using DlrClosures.Parsing;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using DlrClosures.Text;
using NUnit.Framework;

namespace DlrClosures.Tests.Scoping;

/// <summary>
/// <see cref="Scope.IsRead"/> and <see cref="Scope.MayUnbind"/>: which names a block's own code reads
/// or unbinds. The compiler drops the store of a function-local loop target nobody reads, and the
/// unbound check of a parameter nothing unbinds, so a read or an unbinding missed would be a wrong answer.
/// </summary>
[TestFixture]
public sealed class ScopeReadsTests
{
    private static Scope FunctionScope(string source)
    {
        var module = PythonParser.ParseModule(new SourceText(source, "<test>"));
        var table = ScopeAnalyzer.Analyze(module);
        return table.GetScope(module.Body.OfType<FunctionDefStmt>().Single());
    }

    [TestCase("def f(n):\n    for _ in range(n):\n        pass\n", "_", false)]
    [TestCase("def f(n):\n    for i in range(n):\n        pass\n    return i\n", "i", true)]
    [TestCase("def f(n):\n    for i in range(n):\n        pass\n    i += 1\n", "i", true)]
    [TestCase("def f(n):\n    for i in range(n):\n        pass\n    del i\n", "i", true)]
    [TestCase("def f(n):\n    for a, b in n:\n        print(a)\n", "b", false)]
    [TestCase("def f(n):\n    for a, b in n:\n        print(a)\n", "a", true)]
    [TestCase("def f(n):\n    x = 1\n    return [x for _ in n]\n", "x", false)]
    public void IsRead_CountsLoadsAugmentedTargetsAndDeletes(string source, string name, bool read) =>
        Assert.That(FunctionScope(source).IsRead(name), Is.EqualTo(read));

    // The compiler reads a parameter for which MayUnbind is false without the unbound check.
    [TestCase("def f(p):\n    return p\n", "p", false)]
    [TestCase("def f(p):\n    p = 2\n    return p\n", "p", false)]
    [TestCase("def f(p):\n    del p\n", "p", true)]
    [TestCase("def f(p, q):\n    del (q, [p])\n", "p", true)]
    [TestCase("def f(p):\n    try:\n        pass\n    except E as p:\n        pass\n", "p", true)]
    [TestCase("def f(p):\n    def g():\n        del p\n", "p", false)]
    public void MayUnbind_CountsDelTargetsAndExceptNames(string source, string name, bool unbinds) =>
        Assert.That(FunctionScope(source).MayUnbind(name), Is.EqualTo(unbinds));

    [Test]
    public void IsRead_PrivateNamesAreMangledAsTheirBindings()
    {
        var module = PythonParser.ParseModule(new SourceText(
            "class C:\n    def m(self):\n        for __k in range(2):\n            pass\n        return __k\n", "<test>"));
        var table = ScopeAnalyzer.Analyze(module);
        var method = table.GetScope(((ClassDefStmt)module.Body[0]).Body.OfType<FunctionDefStmt>().Single());

        Assert.That(method.IsRead("__k"), Is.True);
    }
}
