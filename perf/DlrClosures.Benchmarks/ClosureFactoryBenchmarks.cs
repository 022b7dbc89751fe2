using System.Runtime.CompilerServices;

namespace DlrClosures.Benchmarks;

/// <summary>closure_factory.py: n adders made by a factory, kept in a list, then each called once (one round).</summary>
public class ClosureFactoryBenchmarks : WorkloadBenchmarks
{
    // make_adder is a module global in the workload: the boxed shape calls it through a delegate too.
    private static readonly object s_makeAdder = (Func<object, object>)MakeAdderBoxed;

    protected override string FileName => "closure_factory.py";

    protected override long N => 20_000;

    protected override long RunTyped(long n)
    {
        var adders = new List<Func<long, long>>();
        for (long i = 0; i < n; i++) adders.Add(MakeAdderTyped(i));
        long total = 0;
        foreach (var add in adders) total += add(0);
        return total;
    }

    protected override object RunBoxed(long n)
    {
        var adders = new List<object>();
        for (long i = 0; i < n; i++) adders.Add(Boxed.Call(s_makeAdder, Boxed.Int(i)));
        object total = Boxed.Zero;
        foreach (var add in adders) total = Boxed.Add(total, Boxed.Call(add, Boxed.Zero));
        return total;
    }

    private static Func<long, long> MakeAdderTyped(long k) => x => x + k;

    private static object MakeAdderBoxed(object k)
    {
        var cell = new StrongBox<object>(k);
        return (Func<object, object>)(x => Boxed.Add(x, cell.Value!));
    }
}
