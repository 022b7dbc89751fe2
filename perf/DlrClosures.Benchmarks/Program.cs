using BenchmarkDotNet.Running;

namespace DlrClosures.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project perf/DlrClosures.Benchmarks -- --filter '*' --job short</c>
/// (docs/performance.md says what each row and column means).
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
