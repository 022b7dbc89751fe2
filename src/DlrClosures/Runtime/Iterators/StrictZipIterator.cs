using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Iterators;

/// <summary>
/// zip(..., strict=True) (zip_next in Python/bltinmodule.c): as zip, but when one input ends the
/// others must end at the same step, else ValueError names the first argument out of step.
/// </summary>
internal sealed class StrictZipIterator(PyIterator[] sources) : PyIterator
{
    private bool _done = sources.Length == 0;

    public override string TypeName => "zip";

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        if (_done) return false;
        var items = new object[sources.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            if (sources[i].MoveNext(out items[i])) continue;
            _done = true;
            if (i > 0)
                throw PyErrors.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : $"-{i}")}");
            for (int j = 1; j < sources.Length; j++)
                if (sources[j].MoveNext(out _))
                    throw PyErrors.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : $"-{j}")}");
            return false;
        }
        value = new PyTuple(items);
        return true;
    }
}
