using System.Diagnostics;
using System.Text;
using DlrClosures.Hosting;
using DlrClosures.Tests.Fuzzing.Generation;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace DlrClosures.Tests.Fuzzing;

/// <summary>
/// Issue 13, point 5: random well-formed programs from an FsCheck generator of syntax trees
/// (<see cref="ProgramGenerator"/>) printed back to source. Two properties, each over a fixed seed:
/// every program ends in completion, a Python exception or a limit on both engines (as
/// <see cref="MutationFuzzTests"/> asks of mutated programs); and every program prints, on both
/// engines, byte for byte what CPython 3.11 prints and ends with the same last error line. A
/// difference is shrunk to a small program and reported. <c>tests/fuzz-soak.sh --generated MINUTES
/// [SEED]</c> runs the differential test for a given time (<c>DLRC_FUZZ_SECONDS</c>,
/// <c>DLRC_FUZZ_SEED</c>; <c>DLRC_GEN_PROGRAMS</c> changes the bounded count, <c>DLRC_GEN_DUMP</c>
/// names a folder to write the programs to).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class GeneratedProgramTests
{
    // Sized to keep both tests within about 40 s of a default test run on a loaded 2-core machine.
    private const int DefaultPrograms = 250;
    private const int DefaultLargePrograms = 100;
    private const int DefaultSeed = 13;
    private const int Size = 8;
    private const int Batch = 200;

    private static readonly FuzzEngine[] s_modes = [FuzzEngine.Compile, FuzzEngine.Interpret, FuzzEngine.Tiered];

    /// <summary>Programs of the generator, the same for a seed and a count.</summary>
    internal static GeneratedProgram[] Programs(int seed, int count, int size = Size) =>
        ProgramGenerator.Program.Sample(count, new Rnd((ulong)seed), size);

    [Test]
    public void EveryGeneratedProgram_EndsInCompletionAPythonExceptionOrALimit()
    {
        int seed = EnvironmentInt("DLRC_FUZZ_SEED") ?? DefaultSeed + 1;
        var clock = Stopwatch.StartNew();
        var programs = Programs(seed, EnvironmentInt("DLRC_GEN_PROGRAMS") ?? DefaultLargePrograms, size: 2 * Size);
        TestContext.Out.WriteLine($"generated {programs.Length} programs in {clock.Elapsed.TotalSeconds:F1} s");
        var histogram = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var bugs = new List<string>();
        clock.Restart();
        foreach (var mode in s_modes)
        {
            var runner = new FuzzRunner(mode);
            foreach (var program in programs)
            {
                var outcome = runner.Run(program.ToString());
                histogram[outcome.Kind] = histogram.GetValueOrDefault(outcome.Kind) + 1;
                if (outcome.IsBug && bugs.Count < 5) bugs.Add($"{mode}: {outcome.Kind}: {outcome.Detail?.Split('\n')[0]}\n{program}");
            }
        }
        var report = Histogram($"generated: seed {seed}, {programs.Length} programs x {s_modes.Length} engines in {clock.Elapsed.TotalSeconds:F0} s", histogram);
        TestContext.Out.Write(report);
        if (bugs.Count > 0) Assert.Fail(report + string.Join("\n", bugs));
    }

    [Test]
    public void EveryGeneratedProgram_PrintsWhatCPythonPrints()
    {
        string? python = CPythonBatch.FindPython();
        if (python is null) Assert.Ignore("no CPython 3.11 (/usr/bin/python3.11 or a python3 on PATH that is 3.11) to compare with");

        int seed = EnvironmentInt("DLRC_FUZZ_SEED") ?? DefaultSeed;
        int? seconds = EnvironmentInt("DLRC_FUZZ_SECONDS");
        int total = seconds is null ? EnvironmentInt("DLRC_GEN_PROGRAMS") ?? DefaultPrograms : int.MaxValue;
        // A limit is far: a program is compared unless it ran a second (the compiled engine compiles
        // each program first, which on a loaded machine takes much of the fuzzers' usual 100 ms).
        var runners = s_modes.ToDictionary(m => m, m => new FuzzRunner(m, TimeSpan.FromSeconds(1)));
        var histogram = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var differences = new List<(FuzzEngine Mode, GeneratedProgram Program, CPythonResult Expected, FuzzOutcome Actual)>();
        var clock = Stopwatch.StartNew();
        int run = 0;
        for (int batch = 0; run < total && (seconds is null || clock.Elapsed.TotalSeconds < seconds); batch++)
        {
            var programs = Programs(seed + batch, Math.Min(Batch, total - run));
            var expected = CPythonBatch.Run(python, [.. programs.Select(p => p.ToString())]);
            if (Environment.GetEnvironmentVariable("DLRC_GEN_DUMP") is { Length: > 0 } dump)
                for (int i = 0; i < programs.Length; i++) File.WriteAllText(Path.Combine(dump, $"p{run + i}.py"), programs[i].ToString());
            for (int i = 0; i < programs.Length; i++, run++)
            {
                string source = programs[i].ToString();
                if (expected[i].Timeout)
                {
                    Count(histogram, "skipped: CPython took over 2 s");
                    continue;
                }
                Count(histogram, "CPython: " + (expected[i].Error?.Split(':')[0] ?? "completed"));
                foreach (var mode in s_modes)
                {
                    var actual = runners[mode].Run(source);
                    if (actual.IsLimit) Count(histogram, $"skipped: {mode} {actual.Kind}");
                    else if (ProgramShrinker.Differs(expected[i], actual))
                    {
                        Count(histogram, $"DIFFERENT: {mode}");
                        if (differences.Count(d => d.Mode == mode) < 3) differences.Add((mode, programs[i], expected[i], actual));
                    }
                    else Count(histogram, $"same: {mode}");
                }
            }
        }

        var report = new StringBuilder(Histogram($"differential: seed {seed}, {run} programs x {s_modes.Length} engines against {python} in {clock.Elapsed.TotalSeconds:F0} s", histogram));
        TestContext.Out.Write(report);
        if (differences.Count == 0) return;
        foreach (var (mode, program, expected, actual) in differences)
        {
            var (small, smallExpected, smallActual) = ProgramShrinker.Shrink(program, expected, actual, python, runners[mode]);
            report.Append($"\n{mode} differs from CPython ({program.StatementCount} statements shrunk to {small.StatementCount}):\n")
                .Append(small)
                .Append($"--- CPython: stdout {Show(smallExpected.Stdout)}, error {smallExpected.Error ?? "none"}\n")
                .Append($"--- {mode}: stdout {Show(smallActual.Stdout)}, error {smallActual.Error ?? smallActual.Detail?.Split('\n')[0] ?? "none"} ({smallActual.Kind})\n");
        }
        Assert.Fail(report.ToString());
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static void Count(SortedDictionary<string, int> histogram, string kind) =>
        histogram[kind] = histogram.GetValueOrDefault(kind) + 1;

    private static string Histogram(string title, SortedDictionary<string, int> histogram)
    {
        var text = new StringBuilder(title).Append('\n');
        foreach (var (kind, count) in histogram) text.AppendLine($"  {count,7}  {kind}");
        return text.ToString();
    }

    private static int? EnvironmentInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) ? value : null;
}
