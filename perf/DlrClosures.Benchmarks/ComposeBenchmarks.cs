using System.Runtime.CompilerServices;

namespace DlrClosures.Benchmarks;

/// <summary>compose.py: a chain of eight <c>compose(f, g)</c> lambdas applied n times.</summary>
public class ComposeBenchmarks : WorkloadBenchmarks
{
    private const int Depth = 8;
    private const long Modulus = 1_000_000_007;

    protected override string FileName => "compose.py";

    protected override long N => 20_000;

    protected override long RunTyped(long n)
    {
        Func<long, long>[] steps = [x => x + 1, x => x * 3, x => x - 7, x => FloorMod(x, 1_000_003)];
        Func<long, long> chain = x => x;
        for (int i = 0; i < Depth; i++) chain = ComposeTyped(steps[i % steps.Length], chain);
        long total = 0;
        for (long i = 0; i < n; i++) total = FloorMod(total + chain(i), Modulus);
        return total;
    }

    protected override object RunBoxed(long n)
    {
        object[] steps =
        [
            (Func<object, object>)(x => Boxed.Add(x, Boxed.One)),
            (Func<object, object>)(x => Boxed.Mul(x, Boxed.Int(3))),
            (Func<object, object>)(x => Boxed.Sub(x, Boxed.Int(7))),
            (Func<object, object>)(x => Boxed.Mod(x, Boxed.Int(1_000_003))),
        ];
        object chain = (Func<object, object>)(x => x);
        for (int i = 0; i < Depth; i++) chain = ComposeBoxed(steps[i % steps.Length], chain);
        object total = Boxed.Zero;
        object modulus = Boxed.Int(Modulus);
        for (long i = 0; i < n; i++) total = Boxed.Mod(Boxed.Add(total, Boxed.Call(chain, Boxed.Int(i))), modulus);
        return total;
    }

    private static Func<long, long> ComposeTyped(Func<long, long> f, Func<long, long> g) => x => f(g(x));

    // f and g are parameters captured by the lambda, so in Python both are cells.
    private static object ComposeBoxed(object f, object g)
    {
        var fCell = new StrongBox<object>(f);
        var gCell = new StrongBox<object>(g);
        return (Func<object, object>)(x => Boxed.Call(fCell.Value!, Boxed.Call(gCell.Value!, x)));
    }

    private static long FloorMod(long x, long m)
    {
        long r = x % m;
        return r != 0 && (r ^ m) < 0 ? r + m : r;
    }
}
