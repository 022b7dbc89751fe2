using DlrClosures.Hosting;
using DlrClosures.Runtime.Generators;
using NUnit.Framework;

namespace DlrClosures.Tests.Compilation;

/// <summary>
/// Which back end runs a generator's body: the compiled engine compiles one whose resume points are
/// outside try statements (CodeLowerer.Generators.cs) and hands any other to the interpreter; the
/// interpreter runs all. What they compute is pinned by the conformance cases in generators/.
/// </summary>
[TestFixture]
public sealed class GeneratorLoweringTests
{
    private static object Run(ExecutionMode mode, string source)
    {
        var engine = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode }).GetEngine("python");
        var scope = engine.CreateScope();
        engine.Execute(source, scope);
        return scope.GetVariable("g")!;
    }

    private static string BodyKind(object generator)
    {
        var field = typeof(PyGenerator).GetField("_body", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        return field.GetValue(generator)!.GetType().Name;
    }

    private const string Plain = "def f(n):\n    for i in range(n):\n        x = yield i\n    yield from [n]\ng = f(3)\nnext(g)\n";
    private const string InTry = "def f():\n    try:\n        yield 1\n    finally:\n        pass\ng = f()\n";

    [Test]
    public void CompiledEngine_CompilesAGeneratorWithoutYieldInTry() =>
        Assert.That(BodyKind(Run(ExecutionMode.Compile, Plain)), Is.EqualTo(nameof(CompiledGeneratorBody)));

    [Test]
    public void CompiledEngine_InterpretsAGeneratorWithYieldInTry() =>
        Assert.That(BodyKind(Run(ExecutionMode.Compile, InTry)), Is.EqualTo("Body"));

    [Test]
    public void Interpreter_InterpretsEveryGenerator() =>
        Assert.That(BodyKind(Run(ExecutionMode.Interpret, Plain)), Is.EqualTo("Body"));

    [Test]
    public void GeneratorExpression_IsCompiledByTheCompiledEngine() =>
        Assert.That(BodyKind(Run(ExecutionMode.Compile, "g = (x for x in range(3))\n")), Is.EqualTo(nameof(CompiledGeneratorBody)));
}
