using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Iterators;

/// <summary>map(function, *iterables): calls with one item from each input, stopping at the shortest.</summary>
internal sealed class MapIterator(object function, PyIterator[] sources) : PyIterator
{
    public override string TypeName => "map";

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        if (sources.Length == 1)
        {
            if (!sources[0].MoveNext(out var item)) return false;
            value = function is PyCallable c ? c.Call1(item) : PyCalls.Call(function, [item]);
            return true;
        }
        var args = new object[sources.Length];
        for (int i = 0; i < sources.Length; i++)
            if (!sources[i].MoveNext(out args[i])) return false;
        value = PyCalls.Call(function, args);
        return true;
    }
}
