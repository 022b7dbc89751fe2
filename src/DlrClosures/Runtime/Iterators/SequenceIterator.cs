using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Iterators;

/// <summary>
/// The old sequence protocol (Objects/iterobject.c, seqiterobject): an object with <c>__getitem__</c>
/// but no <c>__iter__</c> iterates by <c>__getitem__(0)</c>, <c>(1)</c>, ... until IndexError or StopIteration.
/// </summary>
internal sealed class SequenceIterator(PyInstance sequence) : PyIterator
{
    private long _index;
    private bool _done;

    public override string TypeName => "iterator";

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        if (_done) return false;
        try
        {
            sequence.TryInvokeSpecial("__getitem__", [PyInt.Box(_index)], out value);
            _index++;
            return true;
        }
        catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.IndexError) || e.Type.IsSubclassOf(PyExceptionType.StopIteration))
        {
            _done = true;
            value = PyNone.Instance;
            return false;
        }
    }
}
