using BenchmarkDotNet.Attributes;
using DlrClosures.Hosting;

namespace DlrClosures.Benchmarks;

/// <summary>
/// One workload, four ways: the compiled engine and the interpreter running the workload's
/// <c>run(n)</c> from perf/workloads, and the same algorithm hand-written in C# in two shapes.
/// <list type="bullet">
/// <item><c>CSharpBoxed</c> (the baseline, so BenchmarkDotNet's Ratio column is engine ÷ boxed C#):
/// every value an <see cref="object"/>, every captured variable a <c>StrongBox&lt;object&gt;</c>
/// cell, type-guarded int fast paths (<see cref="Boxed"/>): what an ideal compiler of a dynamic
/// language could emit.</item>
/// <item><c>CSharpTyped</c>: typed lambdas and <see cref="long"/> arithmetic, the physical limit.</item>
/// </list>
/// Each engine's and shape's result is checked against the typed C# result in its global setup,
/// so a benchmark never measures a wrong answer. An engine that cannot load the workload fails its
/// own setup, and BenchmarkDotNet reports NA for that row only.
/// </summary>
[MemoryDiagnoser]
public abstract class WorkloadBenchmarks
{
    private Func<object, object>? _compiled;
    private Func<object, object>? _interpreted;
    private object _n = null!;

    /// <summary>The workload file under perf/workloads.</summary>
    protected abstract string FileName { get; }

    /// <summary>The argument of <c>run</c> for one benchmark invocation (a few milliseconds of work).</summary>
    protected abstract long N { get; }

    /// <summary>The algorithm with typed lambdas and long arithmetic.</summary>
    protected abstract long RunTyped(long n);

    /// <summary>The algorithm with boxed values and <c>StrongBox&lt;object&gt;</c> cells.</summary>
    protected abstract object RunBoxed(long n);

    [GlobalSetup(Target = nameof(Compiled))]
    public void SetupCompiled() => _compiled = LoadChecked(ExecutionMode.Compile);

    [GlobalSetup(Target = nameof(Interpreted))]
    public void SetupInterpreted() => _interpreted = LoadChecked(ExecutionMode.Interpret);

    [GlobalSetup(Targets = [nameof(CSharpBoxed), nameof(CSharpTyped)])]
    public void SetupCSharp() => Check("boxed C#", RunBoxed(N));

    [Benchmark]
    public object Compiled() => _compiled!(_n);

    [Benchmark]
    public object Interpreted() => _interpreted!(_n);

    [Benchmark(Baseline = true)]
    public object CSharpBoxed() => RunBoxed(N);

    [Benchmark]
    public long CSharpTyped() => RunTyped(N);

    private Func<object, object> LoadChecked(ExecutionMode mode)
    {
        _n = N;
        var run = WorkloadLoader.Load(FileName, mode);
        Check($"the {mode} engine", run(_n));
        return run;
    }

    private void Check(string who, object result)
    {
        long expected = RunTyped(N);
        if (result is not long actual || actual != expected)
            throw new InvalidOperationException($"{FileName}: {who} returned {result}, typed C# returned {expected}");
    }
}
