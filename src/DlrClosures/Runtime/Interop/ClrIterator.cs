using System.Collections;

namespace DlrClosures.Runtime.Interop;

/// <summary>Iterates a .NET <see cref="IEnumerable"/>, each item converted to a Python value; what its enumerator throws is mapped at the boundary.</summary>
internal sealed class ClrIterator(IEnumerable items) : PyIterator
{
    private IEnumerator? _items;
    private bool _done;

    public override bool MoveNext(out object value)
    {
        value = PyNone.Instance;
        if (_done) return false;
        try
        {
            _items ??= items.GetEnumerator();
            if (_items.MoveNext())
            {
                value = PyConversions.FromClr(_items.Current);
                return true;
            }
        }
        catch (Exception error) when (ClrExceptions.IsHostException(error))
        {
            _done = true;
            throw ClrExceptions.ToPython(error);
        }
        _done = true;
        (_items as IDisposable)?.Dispose();
        return false;
    }
}
