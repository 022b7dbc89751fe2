using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Iterators;

/// <summary>
/// dict_keyiterator and friends (dictiter_iternextkey), and dict_reversekeyiterator
/// (dictreviter_iternext): walk the dict's entries by position, skipping holes.
/// </summary>
/// <remarks>
/// As CPython: a dict whose size differs from the size at creation fails every later step with
/// "changed size"; a forward walk that finds more entries than the dict had ("keys changed": keys
/// were deleted and others added) fails once and is then exhausted. A walk that ends before the
/// count runs out (a resize compacted the entries meanwhile) simply ends, as CPython's does.
/// </remarks>
internal sealed class DictIterator : PyIterator
{
    private PyDict? _dict;
    private readonly PyDictViewKind _kind;
    private readonly bool _reversed;
    private int _used;
    private int _position;
    private int _remaining;

    public DictIterator(PyDict dict, PyDictViewKind kind, bool reversed = false)
    {
        _dict = dict;
        _kind = kind;
        _reversed = reversed;
        _used = _remaining = dict.Count;
        _position = reversed ? dict.EntryCount - 1 : 0;
    }

    public override string TypeName => _reversed ? "dict_reversekeyiterator" : _kind switch
    {
        PyDictViewKind.Keys => "dict_keyiterator",
        PyDictViewKind.Values => "dict_valueiterator",
        _ => "dict_itemiterator",
    };

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        var dict = _dict;
        if (dict is null) return false;
        if (dict.Count != _used)
        {
            _used = -1;
            throw PyErrors.RuntimeError(PyMessages.DictChangedSize);
        }
        object key, item;
        if (_reversed)
        {
            int i = Math.Min(_position, dict.EntryCount - 1);
            while (true)
            {
                if (i < 0) return Exhausted();
                if (dict.TryGetEntry(i, out key, out item)) break;
                i--;
            }
            _position = i - 1;
        }
        else
        {
            int i = _position, n = dict.EntryCount;
            while (true)
            {
                if (i >= n) return Exhausted();
                if (dict.TryGetEntry(i, out key, out item)) break;
                i++;
            }
            if (_remaining == 0)
            {
                _dict = null;
                throw PyErrors.RuntimeError(PyMessages.DictKeysChanged);
            }
            _position = i + 1;
        }
        _remaining--;
        value = _kind switch
        {
            PyDictViewKind.Keys => key,
            PyDictViewKind.Values => item,
            _ => new PyTuple([key, item]),
        };
        return true;
    }

    private bool Exhausted()
    {
        _dict = null;
        return false;
    }
}
