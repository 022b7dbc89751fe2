namespace DlrClosures.Benchmarks.FrontEnd;

/// <summary>
/// The quick mode (<c>perf/frontend.sh</c>, or <c>-- frontend [--all|--list] [DIR ...]</c>; <c>--list</c> only names the files): every stage on
/// every file, warm, timed with a stopwatch, printed as a Markdown table of lines per second and bytes
/// allocated per line. Less precise than BenchmarkDotNet, but the whole corpus takes seconds.
/// <list type="number">
/// <item>Warm-up: every stage on every file, round after round, for at least <see cref="WarmUpTime"/>
/// and two rounds. A Sprache grammar is thousands of small generic methods, and tiered compilation
/// takes seconds to finish with them; a shorter warm-up measures the JIT, not the front end.</item>
/// <item>Each file is run through each stage twice more untimed.</item>
/// <item>Then in three batches of at least <see cref="BatchTime"/> each; the fastest batch's mean
/// per run counts (the least disturbed by the other processes on the machine).</item>
/// <item>Allocation is the current thread's allocated bytes over one run (a parse moved to the
/// large-stack thread for deep nesting is not counted).</item>
/// <item>The summary divides the corpus's lines by the sum of the per-file times (a mix weighted by
/// size) and names the slowest file of at least <see cref="MinLinesForSlowest"/> lines (below that a
/// file's fixed costs, not its lines, are measured).</item>
/// </list>
/// </summary>
internal static class FrontEndTable
{
    private static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(15);
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(10);
    private const int MinLinesForSlowest = 50;
    private const int MinLinesListed = 100;

    private static readonly FrontEndStage[] Stages = Enum.GetValues<FrontEndStage>();

    private sealed record Row(FrontEndFile File, double[] Seconds, double[] BytesPerLine);

    public static int Run(string[] args)
    {
        bool all = args.Contains("--all");
        var directories = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var files = FrontEndCorpus.Load(directories);
        if (files.Count == 0)
        {
            Console.Error.WriteLine("no compilable .py files found");
            return 1;
        }
        if (args.Contains("--list"))
        {
            foreach (var file in files) Console.WriteLine(file.Path);
            return 0;
        }
        Console.WriteLine($"timed by {CpuClock.Kind}");
        var runners = files.Select(f => new FrontEndRunner(f)).ToList();
        WarmUp(runners);
        var rows = runners.Select(Measure).ToList();
        Print(rows, all);
        return 0;
    }

    private static void WarmUp(List<FrontEndRunner> runners)
    {
        double start = CpuClock.Now();
        for (int round = 0; round < 2 || CpuClock.Now() - start < WarmUpTime.TotalSeconds; round++)
            foreach (var runner in runners)
                foreach (var stage in Stages)
                    runner.Run(stage);
    }

    private static Row Measure(FrontEndRunner runner)
    {
        var file = runner.File;
        var seconds = new double[Stages.Length];
        var bytes = new double[Stages.Length];
        for (int s = 0; s < Stages.Length; s++)
        {
            var stage = Stages[s];
            runner.Run(stage);
            runner.Run(stage);
            long before = GC.GetAllocatedBytesForCurrentThread();
            runner.Run(stage);
            bytes[s] = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)file.Lines;
            double best = double.MaxValue;
            for (int batch = 0; batch < 3; batch++)
            {
                int runs = 0;
                double start = CpuClock.Now(), elapsed;
                do
                {
                    runner.Run(stage);
                    runs++;
                    elapsed = CpuClock.Now() - start;
                }
                while (elapsed < BatchTime.TotalSeconds);
                best = Math.Min(best, elapsed / runs);
            }
            seconds[s] = best;
        }
        return new Row(file, seconds, bytes);
    }

    private static void Print(List<Row> rows, bool all)
    {
        string header = "| file | lines | " + string.Join(" | ", Stages.Select(s => $"{s} lines/s | B/line")) + " | Compile ms |";
        Console.WriteLine(header);
        Console.WriteLine("|" + string.Concat(Enumerable.Repeat("---|", 3 + 2 * Stages.Length)));
        int compile = Array.IndexOf(Stages, FrontEndStage.Compile);
        var listed = rows.Where(r => all || r.File.Lines >= MinLinesListed).OrderBy(r => r.File.Path, StringComparer.Ordinal);
        foreach (var row in listed) Console.WriteLine(Format(Relative(row.File.Path), row.File.Lines, row.Seconds, row.BytesPerLine, compile));

        int lines = rows.Sum(r => r.File.Lines);
        var seconds = Stages.Select((_, s) => rows.Sum(r => r.Seconds[s])).ToArray();
        var bytes = Stages.Select((_, s) => rows.Sum(r => r.BytesPerLine[s] * r.File.Lines) / lines).ToArray();
        Console.WriteLine(Format($"**all {rows.Count} files**", lines, seconds, bytes, compile));
        Console.WriteLine();
        var large = rows.Where(r => r.File.Lines >= MinLinesForSlowest).ToList();
        if (large.Count > 0)
        {
            var slowest = large.MinBy(r => r.File.Lines / r.Seconds[compile])!;
            Console.WriteLine($"slowest file of {MinLinesForSlowest}+ lines (Compile): {Relative(slowest.File.Path)}, " +
                $"{slowest.File.Lines / slowest.Seconds[compile]:N0} lines/s");
        }
        var slowestAny = rows.MinBy(r => r.File.Lines / r.Seconds[compile])!;
        Console.WriteLine($"slowest file of any size (Compile): {Relative(slowestAny.File.Path)} ({slowestAny.File.Lines} lines), " +
            $"{slowestAny.File.Lines / slowestAny.Seconds[compile]:N0} lines/s, {slowestAny.Seconds[compile] * 1000:N2} ms");
        foreach (var row in rows.Where(r => r.File.Lines is >= 400 and <= 650))
            Console.WriteLine($"{Relative(row.File.Path)} ({row.File.Lines} lines): Compile {row.Seconds[compile] * 1000:N2} ms");
    }

    private static string Format(string name, int lines, double[] seconds, double[] bytes, int compile) =>
        $"| {name} | {lines} | " + string.Join(" | ", Stages.Select((_, s) => $"{lines / seconds[s]:N0} | {bytes[s]:N0}")) +
        $" | {seconds[compile] * 1000:N2} |";

    private static string Relative(string path) => Path.GetRelativePath(FrontEndCorpus.RepositoryRoot(), path);
}
