using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>slice's method (slice_indices in Objects/sliceobject.c).</summary>
internal static class SliceMethods
{
    public static void Register(Dictionary<string, MethodBody> t)
    {
        t["indices"] = (s, a, k) =>
        {
            long length = PyArgs.Index(PyArgs.One("slice.indices", a, k));
            if (length < 0) throw PyErrors.ValueError("length should not be negative");
            var r = SliceIndices.Resolve((PySlice)s, (int)Math.Min(length, int.MaxValue));
            return new PyTuple([PyInt.Box(r.Start), PyInt.Box(r.Stop), PyInt.Box(r.Step)]);
        };
    }
}
