using DlrClosures.Binding;
using DlrClosures.Parsing;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using DlrClosures.Tests.Conformance;
using DlrClosures.Text;
using NUnit.Framework;

namespace DlrClosures.Tests.Binding;

/// <summary>
/// The binding stage on its own: which compile-time errors it raises (for every conformance case,
/// exactly CPython's, or none), how it resolves names and lays out frames, and what it lowers.
/// </summary>
[TestFixture]
public sealed class BinderTests
{
    private static BoundCode Bind(string source, CompileMode mode = CompileMode.Exec)
    {
        var module = PythonParser.ParseModule(new SourceText(source, "<test>"));
        return Binder.Bind(module, ScopeAnalyzer.Analyze(module), mode);
    }

    public static IEnumerable<TestCaseData> Cases() =>
        ConformanceCase.All().Where(c => c.SkipReason is null).Select(c => new TestCaseData(c).SetName($"Binds_{c.Name}"));

    // A case CPython rejects at compile time has a SyntaxError as its error; every other case binds.
    [TestCaseSource(nameof(Cases))]
    public void ConformanceCase_BindsOrRaisesCPythonsSyntaxError(ConformanceCase testCase)
    {
        string? raised = null;
        var thread = new Thread(() =>
        {
            try
            {
                Bind(testCase.Source);
            }
            catch (PyException e)
            {
                raised = e.FormatExceptionOnly();
            }
        }, 64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        var expected = testCase.ExpectedError is { } error && (error.StartsWith("SyntaxError", StringComparison.Ordinal) || error.StartsWith("IndentationError", StringComparison.Ordinal))
            ? error : null;
        Assert.That(raised, Is.EqualTo(expected));
    }

    // A yield the binder cannot spill ahead of its statement (Binder.Generators.cs): a part of an
    // expression that may not run. The message says what is not supported, at the yield's line.
    [TestCase("def g(a):\n    x = a or (yield)", 2)]
    [TestCase("def g(a):\n    x = 1 if a else (yield)", 2)]
    [TestCase("def g(a):\n    while (yield a):\n        pass", 2)]
    [TestCase("def g(a):\n    try:\n        pass\n    except (yield):\n        pass", 4)]
    public void YieldInConditionalPart_IsNotSupported(string source, int line)
    {
        var error = Assert.Throws<PyException>(() => Bind(source))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.FormatExceptionOnly(), Is.EqualTo("SyntaxError: " + DlrClosures.Binding.BindingMessages.YieldInConditionalPart));
            Assert.That(error.SyntaxLocation?.Line, Is.EqualTo(line));
        });
    }

    // Valid 3.11 the engines do not run yet: the binder names the construct, at its line, instead of
    // "invalid syntax" or a wrong result (issue 8: every construct parses; issue 9 runs them).
    [TestCase("async def f():\n    pass", "async def", 1)]
    [TestCase("match x:\n    case 1:\n        pass", "match", 1)]
    [TestCase("try:\n    pass\nexcept* ValueError:\n    pass", "except*", 1)]
    [TestCase("x = 2j", "complex", 1)]
    [TestCase("def f(y):\n    return (x async for x in y)", "async generator expression", 2)]
    public void UnsupportedConstruct_IsNamed(string source, string feature, int line)
    {
        var error = Assert.Throws<PyException>(() => Bind(source))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.FormatExceptionOnly(), Is.EqualTo($"SyntaxError: '{feature}' is not supported by DlrClosures yet"));
            Assert.That(error.SyntaxLocation?.Line, Is.EqualTo(line));
        });
    }

    [Test]
    public void PrivateNameInIntChain_ReadsTheMangledGlobal()
    {
        var code = Bind("class C:\n    def m(self, y):\n        return __x + y * 2\n");
        var method = Find<BoundMakeFunction>(code).Single().Code;
        Assert.That(method.Frame.GlobalNames, Is.EqualTo(new[] { "_C__x" }));
    }

    [Test]
    public void CapturedParameter_IsAFrameCellSeededFromItsSlot()
    {
        var code = Bind("def f(a, b):\n    return lambda: a\n");
        var f = Find<BoundMakeFunction>(code).First().Code;
        Assert.Multiple(() =>
        {
            Assert.That(f.Frame.ParameterCount, Is.EqualTo(2));
            Assert.That(f.Frame.EntryCells, Is.EqualTo(new[] { new CellInit(0, 0) }));
            var lambda = Find<BoundMakeFunction>(f).Single();
            Assert.That(lambda.Closure.Single(), Is.EqualTo(new NameStorage(StorageKind.FrameCell, 0, "a")));
        });
    }

    [Test]
    public void ComprehensionCell_IsCreatedEachEvaluation()
    {
        var code = Bind("def f():\n    return [lambda: i for i in range(3)]\n");
        var f = Find<BoundMakeFunction>(code).First().Code;
        var enter = Find<BoundEnterScope>(f).Single();
        Assert.Multiple(() =>
        {
            Assert.That(f.Frame.EntryCells, Is.Empty, "the function itself captures nothing");
            Assert.That(enter.Cells.Single().SeedLocal, Is.EqualTo(-1));
        });
    }

    [Test]
    public void ParameterNeverDeleted_IsReadWithoutCheck()
    {
        var code = Bind("def f(a, b):\n    del b\n    return a + b\n");
        var loads = Find<BoundLoadName>(Find<BoundMakeFunction>(code).Single().Code).Where(l => l.Storage.Index < 2).ToList();
        Assert.That(loads.Select(l => (l.Storage.Name, l.Checked)), Is.EqualTo(new[] { ("a", false), ("b", true) }));
    }

    [Test]
    public void StatementTemporaries_AreReused()
    {
        var code = Bind("def f(a):\n    a[0] += 1\n    a[1] += 1\n    a.x += 1\n");
        var f = Find<BoundMakeFunction>(code).Single().Code;
        Assert.That(f.Frame.LocalNames, Is.EqualTo(new[] { "a", ".t0", ".t1" }));
    }

    /// <summary>Every node of type <typeparamref name="T"/> in <paramref name="code"/>'s body, nested code objects excluded, in tree order.</summary>
    private static IEnumerable<T> Find<T>(BoundCode code) where T : BoundNode => BoundTreeWalker.Nodes(code.Body).OfType<T>();
}
