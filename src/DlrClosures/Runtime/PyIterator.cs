namespace DlrClosures.Runtime;

/// <summary>
/// A Python iterator. One virtual call per element and no <c>StopIteration</c> exception on the hot
/// path: the loop asks <see cref="MoveNext"/> until it answers false.
/// </summary>
internal abstract class PyIterator
{
    /// <summary>Advances; false when exhausted (and forever after).</summary>
    public abstract bool MoveNext(out object value);

    /// <summary>Advances past one element without producing it (for a loop whose target is never read).</summary>
    public virtual bool Skip() => MoveNext(out _);

    /// <summary>The Python type name (<c>list_iterator</c>, <c>map</c>, ...), for reprs and messages.</summary>
    public virtual string TypeName => "iterator";
}
