using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Iterators;

/// <summary>dict_keyiterator and friends: walk the slots in insertion order; a change of size is an error (dictiter_iternextkey).</summary>
internal sealed class DictIterator(PyDict dict, PyDictViewKind kind) : PyIterator
{
    private readonly int _size = dict.Count;
    private readonly int _layout = dict.Layout;
    private int _slot;
    private bool _done;

    public override string TypeName => kind switch
    {
        PyDictViewKind.Keys => "dict_keyiterator",
        PyDictViewKind.Values => "dict_valueiterator",
        _ => "dict_itemiterator",
    };

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        if (_done) return false;
        if (dict.Count != _size)
        {
            _done = true;
            throw PyErrors.RuntimeError(PyMessages.DictChangedSize);
        }
        if (dict.Layout != _layout)
        {
            _done = true;
            throw PyErrors.RuntimeError(PyMessages.DictKeysChanged);
        }
        while (_slot < dict.SlotCount)
        {
            if (dict.TryGetSlot(_slot++, out var key, out var item))
            {
                value = kind switch
                {
                    PyDictViewKind.Keys => key,
                    PyDictViewKind.Values => item,
                    _ => new PyTuple([key, item]),
                };
                return true;
            }
        }
        _done = true;
        return false;
    }
}
