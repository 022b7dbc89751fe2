using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Conformance;

/// <summary>
/// Runs every case of the corpus through both engines (compiled and interpreted) and compares with
/// what CPython 3.11 produced: stdout byte for byte, and for failing cases the final
/// <c>Type: message</c> line. A case that passes under one engine and not the other is a bug.
/// </summary>
[TestFixture]
public sealed class ConformanceTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        from c in ConformanceCase.All()
        from mode in new[] { ExecutionMode.Compile, ExecutionMode.Interpret }
        select new TestCaseData(c, mode).SetName($"{c.Name}({mode.ToString().ToLowerInvariant()})");

    [TestCaseSource(nameof(Cases))]
    public void Case_MatchesCPython(ConformanceCase testCase, ExecutionMode mode)
    {
        if (testCase.SkipReason is { } reason) Assert.Ignore(reason);

        var (stdout, error) = Run(testCase, mode);

        AssertMatchesCPython(testCase, stdout, error);
    }

    /// <summary>stdout byte for byte, and the final <c>Type: message</c> line of the error CPython ended with (or none).</summary>
    internal static void AssertMatchesCPython(ConformanceCase testCase, string stdout, PyException? error) =>
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Is.EqualTo(testCase.ExpectedStdout), "stdout");
            if (testCase.ExpectedError is { } expected)
                Assert.That(LastLine(error), Is.EqualTo(expected), "last line of the error");
            else
                Assert.That(error, Is.Null, () => "unexpected error:\n" + error!.FormatTraceback());
        });

    // What tests/regen-expected.sh keeps of CPython's stderr: its last line that is not blank, which
    // is the Type: message line unless notes (add_note) follow it.
    private static string? LastLine(PyException? error) =>
        error?.FormatTraceback().Split('\n').LastOrDefault(line => !string.IsNullOrWhiteSpace(line));

    [Test]
    public void Corpus_HasAtLeastSixtyCases() =>
        Assert.That(ConformanceCase.All().Count(), Is.GreaterThanOrEqualTo(60));

    private static (string Stdout, PyException? Error) Run(ConformanceCase testCase, ExecutionMode mode) =>
        EngineRun.Run(mode, (engine, scope) =>
            engine.CreateScriptSourceFromString(testCase.Source, testCase.SourcePath, SourceCodeKind.File).Execute(scope));
}
