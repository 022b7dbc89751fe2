using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Iterators;

/// <summary>set_iterator: walks the table slots; a change of size is an error (setiter_iternext).</summary>
internal sealed class SetIterator(PySet set) : PyIterator
{
    private readonly int _size = set.Count;
    private int _slot;
    private bool _done;

    public override string TypeName => "set_iterator";

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        if (_done) return false;
        if (set.Count != _size)
        {
            _done = true;
            throw PyErrors.RuntimeError(PyMessages.SetChangedSize);
        }
        while (_slot < set.SlotCount)
            if (set.TryGetSlot(_slot++, out value)) return true;
        _done = true;
        return false;
    }
}
