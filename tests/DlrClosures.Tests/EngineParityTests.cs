using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests;

/// <summary>
/// Every Python program in the repository (conformance cases, docs examples, perf workloads and
/// corpora) run under both engines: the compiled engine and the interpreter must print the same
/// stdout and end with the same final error line, whatever CPython says (the conformance tests
/// compare with CPython). A difference is a bug in one back end's translation of the bound tree.
/// </summary>
/// <remarks>
/// The perf workloads are sized for whole-process runs, so they are run with <c>__name__</c> set to
/// "parity" (their main block does not run) and then asked for <c>run(10)</c>.
/// </remarks>
[TestFixture]
public sealed class EngineParityTests
{
    public static IEnumerable<TestCaseData> Programs()
    {
        var root = TestPaths.RepositoryRoot;
        var folders = new[] { Path.Combine("tests", "DlrClosures.Tests", "Conformance", "Cases"), "docs", "perf" };
        return folders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.py", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "BenchmarkDotNet.Artifacts"))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName("Parity_" + path));
    }

    [TestCaseSource(nameof(Programs))]
    public void Program_SameOutputOnBothEngines(string relativePath)
    {
        var compiled = Run(relativePath, ExecutionMode.Compile);
        var interpreted = Run(relativePath, ExecutionMode.Interpret);
        Assert.Multiple(() =>
        {
            Assert.That(interpreted.Stdout, Is.EqualTo(compiled.Stdout), "stdout");
            Assert.That(interpreted.Error, Is.EqualTo(compiled.Error), "final error line");
        });
    }

    [Test]
    public void Programs_IncludeCasesExamplesAndWorkloads()
    {
        var paths = Programs().Select(c => (string)c.Arguments[0]!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(paths.Count(p => p.StartsWith("tests/", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(250));
            Assert.That(paths, Has.Some.StartsWith("docs/examples/"));
            Assert.That(paths, Has.Some.StartsWith("perf/workloads/"));
        });
    }

    private static (string Stdout, string? Error) Run(string relativePath, ExecutionMode mode)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, relativePath);
        bool workload = relativePath.StartsWith("perf/workloads/", StringComparison.Ordinal);
        var (stdout, error) = EngineRun.Run(mode, (engine, scope) =>
        {
            if (workload) scope.SetVariable("__name__", "parity");
            engine.CreateScriptSourceFromFile(path).Execute(scope);
            if (workload) engine.Execute("print(run(10))", scope);
        });
        return (stdout, error?.FormatExceptionOnly());
    }
}
