using System.Runtime.CompilerServices;

namespace DlrClosures.Benchmarks;

/// <summary>counter.py: a closure with a <c>nonlocal</c> counter, called n times.</summary>
public class CounterBenchmarks : WorkloadBenchmarks
{
    protected override string FileName => "counter.py";

    protected override long N => 100_000;

    protected override long RunTyped(long n)
    {
        var counter = MakeCounterTyped();
        long last = 0;
        for (long i = 0; i < n; i++) last = counter();
        return last;
    }

    protected override object RunBoxed(long n)
    {
        object counter = MakeCounterBoxed();
        object last = Boxed.Zero;
        for (long i = 0; i < n; i++) last = Boxed.Call(counter);
        return last;
    }

    private static Func<long> MakeCounterTyped()
    {
        long count = 0;
        return () => ++count;
    }

    private static object MakeCounterBoxed()
    {
        var count = new StrongBox<object>(Boxed.Zero);
        return (Func<object>)(() => count.Value = Boxed.Add(count.Value!, Boxed.One));
    }
}
