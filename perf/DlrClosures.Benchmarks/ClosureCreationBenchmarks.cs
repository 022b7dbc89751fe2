using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using DlrClosures.Hosting;

namespace DlrClosures.Benchmarks;

/// <summary>
/// closure_creation.py: only closure creation, so MemoryDiagnoser's Allocated column is bytes per
/// closure (each invocation makes <see cref="Closures"/> of them; OperationsPerInvoke divides).
/// <list type="bullet">
/// <item><c>CompiledFactory</c>: <c>make(7)</c> per closure, a new cell and a new function object,
/// plus whatever the call itself allocates; <c>CompiledCallsOnly</c> is that call without the
/// closure, so Factory − CallsOnly is the cell plus the function object.</item>
/// <item><c>CompiledLambdas</c>: a new function object over one existing cell, the function object alone.</item>
/// <item>The C# shapes make the same closure: typed (a display class and a delegate) and boxed
/// (a <c>StrongBox&lt;object&gt;</c> cell, a display class and a delegate; the baseline).</item>
/// </list>
/// The loop counter stays within the small-int cache, so the loops allocate nothing per iteration.
/// </summary>
[MemoryDiagnoser]
public class ClosureCreationBenchmarks
{
    private const int Closures = 1000;
    private static readonly object s_seven = 7L;

    private Func<object, object> _factory = null!;
    private Func<object, object> _callsOnly = null!;
    private Func<object, object> _lambdas = null!;
    private Func<object, object> _interpretedFactory = null!;
    private readonly object _n = (long)Closures;

    [GlobalSetup(Targets = [nameof(CompiledFactory), nameof(CompiledCallsOnly), nameof(CompiledLambdas)])]
    public void SetupCompiled()
    {
        _factory = WorkloadLoader.Load("closure_creation.py", ExecutionMode.Compile, "factory");
        _callsOnly = WorkloadLoader.Load("closure_creation.py", ExecutionMode.Compile, "calls_only");
        _lambdas = WorkloadLoader.Load("closure_creation.py", ExecutionMode.Compile, "lambdas");
    }

    [GlobalSetup(Target = nameof(InterpretedFactory))]
    public void SetupInterpreted() =>
        _interpretedFactory = WorkloadLoader.Load("closure_creation.py", ExecutionMode.Interpret, "factory");

    [Benchmark(OperationsPerInvoke = Closures)]
    public object CompiledFactory() => _factory(_n);

    [Benchmark(OperationsPerInvoke = Closures)]
    public object CompiledCallsOnly() => _callsOnly(_n);

    [Benchmark(OperationsPerInvoke = Closures)]
    public object CompiledLambdas() => _lambdas(_n);

    [Benchmark(OperationsPerInvoke = Closures)]
    public object InterpretedFactory() => _interpretedFactory(_n);

    [Benchmark(OperationsPerInvoke = Closures)]
    public object CSharpTypedFactory()
    {
        Func<long> f = null!;
        for (int i = 0; i < Closures; i++) f = MakeTyped(7);
        return f;
    }

    [Benchmark(OperationsPerInvoke = Closures, Baseline = true)]
    public object CSharpBoxedFactory()
    {
        object f = null!;
        for (int i = 0; i < Closures; i++) f = MakeBoxed(s_seven);
        return f;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Func<long> MakeTyped(long k) => () => k;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object MakeBoxed(object k)
    {
        var cell = new StrongBox<object>(k);
        return (Func<object>)(() => cell.Value!);
    }
}
