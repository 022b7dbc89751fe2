using BenchmarkDotNet.Attributes;

namespace DlrClosures.Benchmarks.FrontEnd;

/// <summary>
/// BenchmarkDotNet over the corpus (<see cref="FrontEndCorpus"/>; set DLRC_FRONTEND_DIRS to a
/// list of directories, separated like PATH, to read other code): one case per file and stage, with
/// allocations. Divide the file's line count by the mean for lines per second, and Allocated by it
/// for bytes per line; <c>perf/frontend.sh</c> prints exactly those figures, faster and less precisely.
/// <code>dotnet run -c Release --project perf/DlrClosures.Benchmarks -- --filter '*FrontEnd*'</code>
/// </summary>
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
    private FrontEndRunner _runner = null!;

    /// <summary>Every file of the corpus (BenchmarkDotNet shows each by its file name).</summary>
    public static IEnumerable<FrontEndFile> Files() => FrontEndCorpus.Load();

    [ParamsSource(nameof(Files))]
    public FrontEndFile File { get; set; } = null!;

    [Params(FrontEndStage.Tokenize, FrontEndStage.Parse, FrontEndStage.Scopes, FrontEndStage.Bind, FrontEndStage.Lower, FrontEndStage.Compile)]
    public FrontEndStage Stage { get; set; }

    [GlobalSetup]
    public void Setup() => _runner = new FrontEndRunner(File);

    [Benchmark]
    public object Run() => _runner.Run(Stage);
}
