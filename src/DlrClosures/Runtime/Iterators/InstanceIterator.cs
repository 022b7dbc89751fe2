using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Iterators;

/// <summary>Adapts an instance of a user class with <c>__next__</c>: StopIteration ends the loop.</summary>
internal sealed class InstanceIterator(PyInstance instance) : PyIterator
{
    private bool _done;

    public PyInstance Instance => instance;

    public override string TypeName => instance.Type.Name;

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        if (_done) return false;
        try
        {
            instance.TryInvokeSpecial("__next__", [], out value);
            return true;
        }
        catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.StopIteration))
        {
            _done = true;
            value = PyNone.Instance;
            return false;
        }
    }
}
