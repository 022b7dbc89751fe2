using System.Diagnostics;

namespace DlrClosures.Benchmarks.FrontEnd;

/// <summary>
/// <c>-- frontend-loop FILE STAGE SECONDS</c>: runs one stage on one file over and over, for a
/// profiler to watch, after as long again of warm-up (<c>dotnet-trace collect -- dotnet DlrClosures.Benchmarks.dll frontend-loop ...</c>).
/// </summary>
internal static class FrontEndLoop
{
    public static int Run(string[] args)
    {
        if (args.Length < 3 || !Enum.TryParse<FrontEndStage>(args[1], ignoreCase: true, out var stage))
        {
            Console.Error.WriteLine("usage: frontend-loop FILE STAGE SECONDS");
            return 2;
        }
        var runner = new FrontEndRunner(new FrontEndFile(args[0], File.ReadAllText(args[0])));
        var limit = TimeSpan.FromSeconds(double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        // Tiered compilation needs seconds to finish with a Sprache grammar's many small methods.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < limit) runner.Run(stage);
        using var listener = args.Contains("--alloc") ? new AllocationListener() : null;
        int runs = 0;
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        double start = CpuClock.Now();
        while (watch.Elapsed < limit)
        {
            runner.Run(stage);
            runs++;
        }
        double cpu = CpuClock.Now() - start;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"GCs per run: gen0 {(GC.CollectionCount(0) - collections[0]) / (double)runs:N2}, gen1 {(GC.CollectionCount(1) - collections[1]) / (double)runs:N2}, " +
            $"gen2 {(GC.CollectionCount(2) - collections[2]) / (double)runs:N2}; {allocated / runs / 1024:N0} KB allocated per run");
        if (listener is not null)
            lock (listener.Bytes)
                foreach (var (type, bytes) in listener.Bytes.OrderByDescending(kv => kv.Value).Take(30))
                    Console.WriteLine($"{bytes / runs / 1024.0,10:N1} KB/run  {type}");
        Console.WriteLine($"{runs} runs, {cpu * 1000 / runs:N3} ms CPU each, {runner.File.Lines * runs / cpu:N0} lines/s of CPU time ({watch.Elapsed.TotalMilliseconds / runs:N3} ms wall)");
        return 0;
    }
}
