using System.Diagnostics;
using System.Text;
using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests.Fuzzing;

/// <summary>
/// Issue 13, point 5: a mutation fuzzer over the conformance cases, plus programs nested or sized to
/// extremes. Property: on a host's 1 MB thread, every input ends in normal completion, a Python
/// exception or a limit, on both engines; never another .NET exception, an internal error, a hang or
/// a crash. The run is bounded and seeded (the same inputs every time) and prints a histogram of
/// outcomes. <c>tests/fuzz-soak.sh MINUTES [SEED]</c> runs the same test for a given time instead
/// (<c>DLRC_FUZZ_SECONDS</c>, <c>DLRC_FUZZ_SEED</c>). A crash cannot be reported by the test itself:
/// with <c>DLRC_FUZZ_TRACE</c> set to a file name, each input is written there before it runs, so the
/// one that took the process down is left behind (the soak sets it).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class MutationFuzzTests
{
    private const int DefaultInputs = 1200;
    private const int DefaultSeed = 13;

    [Test]
    public void EveryInput_EndsInCompletionAPythonExceptionOrALimit()
    {
        int seed = EnvironmentInt("DLRC_FUZZ_SEED") ?? DefaultSeed;
        int? seconds = EnvironmentInt("DLRC_FUZZ_SECONDS");
        int inputs = seconds is null ? EnvironmentInt("DLRC_FUZZ_INPUTS") ?? DefaultInputs : int.MaxValue;

        var cases = Directory.GetFiles(TestPaths.CasesDirectory, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        Assert.That(cases, Is.Not.Empty);

        var mutator = new SourceMutator(seed);
        // The compiled engine, the interpreter, and both with calls switching between them (on-stack replacement).
        var runners = new[] { FuzzEngine.Compile, FuzzEngine.Interpret, FuzzEngine.Tiered }
            .Select(engine => (Mode: engine, Runner: new FuzzRunner(engine))).ToArray();
        var histogram = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var bugs = new List<(int Input, FuzzEngine Mode, FuzzOutcome Outcome, string Source)>();
        string? trace = Environment.GetEnvironmentVariable("DLRC_FUZZ_TRACE");
        var clock = Stopwatch.StartNew();
        int run = 0;
        for (; run < inputs && (seconds is null || clock.Elapsed.TotalSeconds < seconds); run++)
        {
            // Every tenth input is an extreme program; the others mutate a case, in turn.
            string source = run % 10 == 9 ? mutator.Extreme() : mutator.Mutate(cases[run % cases.Length]);
            foreach (var (mode, runner) in runners)
            {
                if (!string.IsNullOrEmpty(trace)) File.WriteAllText(trace, $"# input {run}, seed {seed}, {mode}\n" + source, s_lenient);
                var outcome = runner.Run(source);
                histogram[outcome.Kind] = histogram.GetValueOrDefault(outcome.Kind) + 1;
                if (outcome.IsBug && bugs.Count < 20) bugs.Add((run, mode, outcome, source));
                if (outcome.Kind == "BUG: hang") break;
            }
            if (bugs.Any(b => b.Outcome.Kind == "BUG: hang")) break;
        }

        var report = new StringBuilder();
        report.AppendLine($"fuzz: seed {seed}, {run} inputs x {runners.Length} configurations in {clock.Elapsed.TotalSeconds:F0} s");
        foreach (var (kind, count) in histogram) report.AppendLine($"  {count,7}  {kind}");
        TestContext.Out.Write(report.ToString());

        if (bugs.Count == 0) return;
        string folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failures");
        Directory.CreateDirectory(folder);
        foreach (var (input, mode, outcome, source) in bugs)
        {
            string file = Path.Combine(folder, $"seed{seed}-input{input}-{mode}.py");
            File.WriteAllText(file, source, s_lenient);
            report.AppendLine($"input {input} ({mode}): {outcome.Kind}, saved as {file}");
            report.AppendLine("  " + (outcome.Detail ?? "").Split('\n')[0]);
        }
        Assert.Fail(report.ToString());
    }

    // Inputs may hold lone surrogates, which a strict UTF-8 writer refuses: they are saved as U+FFFD.
    private static readonly Encoding s_lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static int? EnvironmentInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) ? value : null;
}
