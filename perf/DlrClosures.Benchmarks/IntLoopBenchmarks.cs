namespace DlrClosures.Benchmarks;

/// <summary>int_loop.py: a plain integer loop, no closure and no call, to tell loop cost from closure cost.</summary>
public class IntLoopBenchmarks : WorkloadBenchmarks
{
    protected override string FileName => "int_loop.py";

    protected override long N => 300_000;

    protected override long RunTyped(long n)
    {
        long total = 0;
        for (long i = 0; i < n; i++) total += i % 7;
        return total;
    }

    // The range loop keeps a native counter and boxes it when it becomes the Python value `i`.
    protected override object RunBoxed(long n)
    {
        object total = Boxed.Zero;
        object seven = Boxed.Int(7);
        for (long i = 0; i < n; i++) total = Boxed.Add(total, Boxed.Mod(Boxed.Int(i), seven));
        return total;
    }
}
