using System.Numerics;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>The methods of int, float and tuple (few enough to share a file).</summary>
internal static class NumberMethods
{
    public static void RegisterInt(Dictionary<string, MethodBody> t)
    {
        t["bit_length"] = (s, a, k) =>
        {
            PyArgs.None("int.bit_length", a, k);
            PyInt.TryGetBig(s, out var v);
            return PyInt.Box((long)BigInteger.Abs(v).GetBitLength());
        };
        t["bit_count"] = (s, a, k) =>
        {
            PyArgs.None("int.bit_count", a, k);
            PyInt.TryGetBig(s, out var v);
            v = BigInteger.Abs(v);
            long count = 0;
            foreach (byte b in v.ToByteArray()) count += BitOperations.PopCount(b);
            return PyInt.Box(count);
        };
        t["conjugate"] = (s, a, k) =>
        {
            PyArgs.None("int.conjugate", a, k);
            return PyArithmetic.Plus(s);
        };
    }

    public static void RegisterRange(Dictionary<string, MethodBody> t)
    {
        t["count"] = (s, a, k) => PyInt.Box(RangeOps.Count((PyRange)s, PyArgs.One("count", a, k)));
        t["index"] = (s, a, k) => RangeOps.Index((PyRange)s, PyArgs.One("index", a, k));
    }

    public static void RegisterFloat(Dictionary<string, MethodBody> t)
    {
        t["is_integer"] = (s, a, k) =>
        {
            PyArgs.None("float.is_integer", a, k);
            double d = (double)s;
            return PyBool.Box(double.IsFinite(d) && Math.Floor(d) == d);
        };
        t["conjugate"] = (s, a, k) =>
        {
            PyArgs.None("float.conjugate", a, k);
            return s;
        };
        t["as_integer_ratio"] = (s, a, k) =>
        {
            PyArgs.None("float.as_integer_ratio", a, k);
            double d = (double)s;
            if (!double.IsFinite(d)) throw double.IsNaN(d)
                ? PyErrors.ValueError("cannot convert NaN to integer ratio")
                : PyErrors.OverflowError("cannot convert Infinity to integer ratio");
            BigInteger num = new(d), den = BigInteger.One;
            double frac = d;
            while (Math.Floor(frac) != frac)
            {
                frac *= 2;
                den *= 2;
            }
            num = new BigInteger(frac);
            var g = BigInteger.GreatestCommonDivisor(num, den);
            if (!g.IsZero && !g.IsOne) { num /= g; den /= g; }
            return new PyTuple([PyInt.FromBigInteger(num), PyInt.FromBigInteger(den)]);
        };
    }

    public static void RegisterTuple(Dictionary<string, MethodBody> t)
    {
        t["count"] = (s, a, k) =>
        {
            var x = PyArgs.One("tuple.count", a, k);
            return PyInt.Box(((PyTuple)s).Items.Count(item => PyComparison.ItemEqual(item, x)));
        };
        t["index"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("index", k);
            PyArgs.Range("index", a, k, 1, 3);
            var items = ((PyTuple)s).Items;
            var (start, end) = ListMethods.Bounds(items.Length, a);
            int i = ListMethods.IndexIn(items, a[0], start, end);
            return i >= 0 ? PyInt.Box(i) : throw PyErrors.ValueError(PyMessages.TupleIndexNotInTuple);
        };
    }
}
