using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests.Conformance;

/// <summary>
/// Every case of the corpus once more, with calls moving between the engines as often as they can:
/// a module body without loops and the first call of every function run on the interpreter, a
/// function is compiled at its second call, and a call of a function with loops goes on in
/// compiled code at the first back edge of any of its loops (on-stack replacement,
/// <see cref="ScriptRuntimeSetup.LoopCompileThreshold"/> 1), so the compiled rest of a call starts
/// inside every kind of loop nest the cases have. The result must be CPython's, as on each engine alone.
/// </summary>
[TestFixture]
public sealed class TieredConformanceTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        ConformanceCase.All().Select(c => new TestCaseData(c).SetName($"{c.Name}(tiered)"));

    [TestCaseSource(nameof(Cases))]
    public void Case_MatchesCPython_WhenCallsSwitchEngines(ConformanceCase testCase)
    {
        if (testCase.SkipReason is { } reason) Assert.Ignore(reason);

        var setup = new ScriptRuntimeSetup
        {
            ExecutionMode = ExecutionMode.Compile,
            InterpretLoopFreeModules = true,
            CompileThreshold = 2,
            LoopCompileThreshold = 1,
        };
        var (stdout, error) = EngineRun.Run(setup, (engine, scope) =>
            engine.CreateScriptSourceFromString(testCase.Source, testCase.SourcePath, SourceCodeKind.File).Execute(scope));

        ConformanceTests.AssertMatchesCPython(testCase, stdout, error);
    }
}
