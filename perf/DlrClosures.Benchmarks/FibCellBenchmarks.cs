using System.Runtime.CompilerServices;

namespace DlrClosures.Benchmarks;

/// <summary>fib_cell.py: naive recursive Fibonacci whose recursive calls load <c>fib</c> from a cell.</summary>
public class FibCellBenchmarks : WorkloadBenchmarks
{
    protected override string FileName => "fib_cell.py";

    protected override long N => 22;

    protected override long RunTyped(long n) => MakeFibTyped()(n);

    protected override object RunBoxed(long n) => Boxed.Call(MakeFibBoxed(), Boxed.Int(n));

    private static Func<long, long> MakeFibTyped()
    {
        Func<long, long> fib = null!;
        fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2);
        return fib;
    }

    private static object MakeFibBoxed()
    {
        var fib = new StrongBox<object>(Boxed.Unbound);
        fib.Value = (Func<object, object>)(n =>
            Boxed.Less(n, Boxed.Two)
                ? n
                : Boxed.Add(Boxed.Call(fib.Value!, Boxed.Sub(n, Boxed.One)), Boxed.Call(fib.Value!, Boxed.Sub(n, Boxed.Two))));
        return fib.Value!;
    }
}
