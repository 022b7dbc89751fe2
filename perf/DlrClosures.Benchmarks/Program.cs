using BenchmarkDotNet.Running;
using DlrClosures.Benchmarks.FrontEnd;

namespace DlrClosures.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project perf/DlrClosures.Benchmarks -- --filter '*' --job short</c>
/// (docs/performance.md says what each row and column means). <c>-- frontend [--all] [DIR ...]</c>
/// prints the front end's quick table instead (<see cref="FrontEndTable"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["frontend", .. var rest]) return FrontEndTable.Run(rest);
        if (args is ["frontend-loop", .. var loop]) return FrontEndLoop.Run(loop);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
