using DlrClosures.Hosting;
using DlrClosures.Interpretation;
using DlrClosures.Runtime.Functions;
using DlrClosures.Text;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// <see cref="ScriptRuntimeSetup.InterpretLoopFreeModules"/>: a module body without loops runs on
/// the interpreter and the functions it defines are compiled; a body with a loop is compiled whole.
/// </summary>
[TestFixture]
public sealed class LoopFreeModuleTests
{
    private const string LoopFree =
        "class C:\n    k = 3\n    def m(self, x):\n        return x * self.k\n" +
        "def twice(x):\n    return C().m(x) * 2\n" +
        "try:\n    result = twice(7)\nexcept ZeroDivisionError:\n    result = None\n";

    private static ScriptScope Run(string source, bool interpretLoopFree, out ScriptEngine engine)
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup
        {
            ExecutionMode = ExecutionMode.Compile,
            InterpretLoopFreeModules = interpretLoopFree,
        });
        engine = runtime.GetEngine("python");
        var scope = engine.CreateScope();
        engine.Execute(source, scope);
        return scope;
    }

    private static PyCode Compile(ScriptEngine engine, string source) =>
        engine.Compile(new SourceText(source, "<test>"), SourceCodeKind.File);

    // The interpreter's entry points are methods of InterpretedCode; compiled ones are dynamic methods.
    private static bool IsInterpreted(PyCode code)
    {
        code.EnsureCompiled();
        Delegate entry = (Delegate?)code.Fast0 ?? (Delegate?)code.Fast1 ?? (Delegate?)code.Fast2
            ?? (Delegate?)code.Fast3 ?? code.General!;
        return entry.Target is InterpretedCode;
    }

    [Test]
    public void LoopFreeModule_RunsItsFunctionsCompiled()
    {
        var scope = Run(LoopFree, interpretLoopFree: true, out _);

        Assert.That(scope.GetVariable<long>("result"), Is.EqualTo(42L));
        Assert.That(IsInterpreted(scope.GetVariable<PyFunction>("twice").Code), Is.False);
    }

    [Test]
    public void LoopFreeModule_IsInterpreted()
    {
        var engine = new ScriptRuntime(new ScriptRuntimeSetup { InterpretLoopFreeModules = true }).GetEngine("python");

        var code = Compile(engine, LoopFree);

        Assert.That(IsInterpreted(code), Is.True);
    }

    [Test]
    public void ModuleWithALoop_IsCompiled()
    {
        var engine = new ScriptRuntime(new ScriptRuntimeSetup { InterpretLoopFreeModules = true }).GetEngine("python");

        var code = Compile(engine, "total = sum([i for i in range(4)])\n");

        Assert.That(IsInterpreted(code), Is.False);
    }

    [Test]
    public void WithoutTheOption_LoopFreeModuleIsCompiled()
    {
        var engine = new ScriptRuntime().GetEngine("python");

        var code = Compile(engine, LoopFree);

        Assert.That(IsInterpreted(code), Is.False);
    }
}
