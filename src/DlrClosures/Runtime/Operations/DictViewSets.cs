namespace DlrClosures.Runtime.Operations;

/// <summary>
/// The set operators of dict views (dictviews_and/or/sub/xor in Objects/dictobject.c): a keys or
/// items view acts as the set of its elements, the other operand may be any iterable, and the
/// result is a new set.
/// </summary>
internal static class DictViewSets
{
    public static bool IsSetLikeView(object value) => value is PyDictView { Kind: not PyDictViewKind.Values };

    public static PySet ToSet(object value) => value switch
    {
        PySet set => set,
        PyDictView view => new PySet(view.Items),
        _ => new PySet(PyIteration.Enumerate(value)),
    };
}
