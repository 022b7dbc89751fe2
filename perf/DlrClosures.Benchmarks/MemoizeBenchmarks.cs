using System.Runtime.CompilerServices;

namespace DlrClosures.Benchmarks;

/// <summary>memoize.py: a memoize decorator with a dict in its closure over a DP recursion, n rounds.</summary>
public class MemoizeBenchmarks : WorkloadBenchmarks
{
    private const long Top = 300;
    private const long Modulus = 1_000_000_007;

    protected override string FileName => "memoize.py";

    protected override long N => 20;

    protected override long RunTyped(long rounds)
    {
        long total = 0;
        Func<long, long> ways = null!; // one variable (one cell in Python) for the whole call of run
        for (long r = 0; r < rounds; r++)
        {
            ways = MemoizeTyped(k => k < 0 ? 0 : k == 0 ? 1 : (ways(k - 1) + ways(k - 2) + ways(k - 5) + ways(k - 10)) % Modulus);
            total = (total + ways(Top - r % 50)) % Modulus;
        }
        return total;
    }

    protected override object RunBoxed(long rounds)
    {
        object total = Boxed.Zero;
        object modulus = Boxed.Int(Modulus);
        object five = Boxed.Int(5), ten = Boxed.Int(10);
        var ways = new StrongBox<object>(Boxed.Unbound); // created once per call of run, as CPython's cell is
        for (long r = 0; r < rounds; r++)
        {
            object body = (Func<object, object>)(k =>
                Boxed.Less(k, Boxed.Zero) ? Boxed.Zero
                : !Boxed.Less(Boxed.Zero, k) ? Boxed.One
                : Boxed.Mod(
                    Boxed.Add(Boxed.Add(Boxed.Add(
                        Boxed.Call(ways.Value!, Boxed.Sub(k, Boxed.One)),
                        Boxed.Call(ways.Value!, Boxed.Sub(k, Boxed.Two))),
                        Boxed.Call(ways.Value!, Boxed.Sub(k, five))),
                        Boxed.Call(ways.Value!, Boxed.Sub(k, ten))),
                    modulus));
            ways.Value = MemoizeBoxed(body);
            total = Boxed.Mod(Boxed.Add(total, Boxed.Call(ways.Value!, Boxed.Int(Top - r % 50))), modulus);
        }
        return total;
    }

    private static Func<long, long> MemoizeTyped(Func<long, long> f)
    {
        var cache = new Dictionary<long, long>();
        return k =>
        {
            if (cache.TryGetValue(k, out long cached)) return cached;
            long result = f(k);
            cache[k] = result;
            return result;
        };
    }

    // As the Python does: a membership test, then an index (two lookups on a hit).
    private static object MemoizeBoxed(object f)
    {
        var fCell = new StrongBox<object>(f);
        var cache = new StrongBox<object>(new Dictionary<object, object>());
        return (Func<object, object>)(k =>
        {
            var dict = (Dictionary<object, object>)cache.Value!;
            if (dict.ContainsKey(k)) return dict[k];
            object result = Boxed.Call(fCell.Value!, k);
            dict[k] = result;
            return result;
        });
    }
}
