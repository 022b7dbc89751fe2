using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using DlrClosures.Hosting;

namespace DlrClosures.Benchmarks;

/// <summary>
/// The compiled engine against hand-written C# on the counter workload: a closure with a
/// <c>nonlocal</c> counter, called many times. The C# shapes are the bounds an ideal compiler
/// meets: typed captured locals, and the object-boxed shape with a <c>StrongBox&lt;object&gt;</c> cell.
/// </summary>
[MemoryDiagnoser]
public class ClosureBenchmarks
{
    private const int Calls = 100_000;
    private Func<object, object> _counterLoop = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        scope.SetVariable("__name__", "benchmark"); // so the workload's __main__ block does not run
        engine.ExecuteFile(WorkloadPath("counter.py"), scope);
        _counterLoop = scope.GetVariable<Func<object, object>>("run");
    }

    [Benchmark(Baseline = true)]
    public object CompiledEngine() => _counterLoop(Calls);

    [Benchmark]
    public long CSharpTyped()
    {
        long count = 0;
        Func<long> counter = () => ++count;
        long last = 0;
        for (int i = 0; i < Calls; i++) last = counter();
        return last;
    }

    [Benchmark]
    public object CSharpBoxedCells()
    {
        var cell = new StrongBox<object>(0L);
        Func<object> counter = () => cell.Value = (long)cell.Value! + 1;
        object last = 0L;
        for (int i = 0; i < Calls; i++) last = counter();
        return last;
    }

    private static string WorkloadPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "perf", "workloads", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"workload {name} not found above {AppContext.BaseDirectory}");
    }
}
