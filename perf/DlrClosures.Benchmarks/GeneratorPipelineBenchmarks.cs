namespace DlrClosures.Benchmarks;

/// <summary>generator_pipeline.py: four generator functions chained, then a filtered generator expression summed.</summary>
public class GeneratorPipelineBenchmarks : WorkloadBenchmarks
{
    private const long Modulus = 1_000_000_007;

    protected override string FileName => "generator_pipeline.py";

    protected override long N => 20_000;

    protected override long RunTyped(long n)
    {
        long total = 0;
        foreach (long v in PairwiseSums(Scaled(NotMultiple(Numbers(n), 3), 7)))
            total = (total + v) % Modulus;
        long squares = 0;
        for (long x = 0; x < n; x++)
            if ((x & 1) != 0) squares += x * x;
        return (total + squares) % Modulus;
    }

    private static IEnumerable<long> Numbers(long n)
    {
        for (long i = 0; i < n; i++) yield return i;
    }

    private static IEnumerable<long> NotMultiple(IEnumerable<long> source, long k)
    {
        foreach (long x in source)
            if (x % k != 0) yield return x;
    }

    private static IEnumerable<long> Scaled(IEnumerable<long> source, long factor)
    {
        foreach (long x in source) yield return x * factor + 1;
    }

    private static IEnumerable<long> PairwiseSums(IEnumerable<long> source)
    {
        long previous = 0;
        foreach (long x in source)
        {
            yield return previous + x;
            previous = x;
        }
    }

    protected override object RunBoxed(long n)
    {
        object total = Boxed.Zero;
        object modulus = Boxed.Int(Modulus);
        foreach (object v in PairwiseSumsBoxed(ScaledBoxed(NotMultipleBoxed(NumbersBoxed(Boxed.Int(n)), Boxed.Int(3)), Boxed.Int(7))))
            total = Boxed.Mod(Boxed.Add(total, v), modulus);
        object squares = Boxed.Zero;
        for (object x = Boxed.Zero; Boxed.Less(x, Boxed.Int(n)); x = Boxed.Add(x, Boxed.One))
            if (!Boxed.Mod(x, Boxed.Two).Equals(Boxed.Zero)) squares = Boxed.Add(squares, Boxed.Mul(x, x));
        return Boxed.Mod(Boxed.Add(total, squares), modulus);
    }

    private static IEnumerable<object> NumbersBoxed(object n)
    {
        for (object i = Boxed.Zero; Boxed.Less(i, n); i = Boxed.Add(i, Boxed.One)) yield return i;
    }

    private static IEnumerable<object> NotMultipleBoxed(IEnumerable<object> source, object k)
    {
        foreach (object x in source)
            if (!Boxed.Mod(x, k).Equals(Boxed.Zero)) yield return x;
    }

    private static IEnumerable<object> ScaledBoxed(IEnumerable<object> source, object factor)
    {
        foreach (object x in source) yield return Boxed.Add(Boxed.Mul(x, factor), Boxed.One);
    }

    private static IEnumerable<object> PairwiseSumsBoxed(IEnumerable<object> source)
    {
        object previous = Boxed.Zero;
        foreach (object x in source)
        {
            yield return Boxed.Add(previous, x);
            previous = x;
        }
    }
}
