using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Iterators;

/// <summary>filter(function or None, iterable): the items for which the function (or the item itself) is true.</summary>
internal sealed class FilterIterator(object predicate, PyIterator source) : PyIterator
{
    public override string TypeName => "filter";

    public override bool MoveNext(out object value)
    {
        while (source.MoveNext(out value))
        {
            bool keep = predicate is PyNone
                ? PyComparison.IsTrue(value)
                : PyComparison.IsTrue(predicate is PyCallable c ? c.Call1(value) : PyCalls.Call(predicate, [value]));
            if (keep) return true;
        }
        return false;
    }
}
