using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Iterators;

/// <summary>
/// iter(callable, sentinel) (calliterobject in Objects/iterobject.c): calls the callable with no
/// arguments until it returns a value equal to the sentinel; a StopIteration it raises also ends it.
/// </summary>
internal sealed class CallableIterator(object callable, object sentinel) : PyIterator
{
    private bool _done;

    public override string TypeName => "callable_iterator";

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        if (_done) return false;
        object result;
        try
        {
            result = PyCalls.Call(callable, []);
        }
        catch (Exceptions.PyException e) when (e.Type.IsSubclassOf(Exceptions.PyExceptionType.StopIteration))
        {
            _done = true;
            return false;
        }
        if (PyComparison.IsTrue(PyComparison.Equal(result, sentinel)))
        {
            _done = true;
            return false;
        }
        value = result;
        return true;
    }
}
