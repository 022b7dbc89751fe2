namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// A traceback object (<c>e.__traceback__</c>, the third argument of <c>__exit__</c>): one entry of
/// the frames an exception has passed through, outermost first, with <c>tb_lineno</c> and
/// <c>tb_next</c>. There is no <c>tb_frame</c>: frames are not objects in this runtime.
/// </summary>
/// <param name="frames">The exception's frames when the object was made, outermost first; later frames do not change it (CPython adds them in front of it).</param>
/// <param name="index">This entry's position in <paramref name="frames"/>.</param>
internal sealed class PyTraceback(IReadOnlyList<TracebackFrame> frames, int index) : IPyAttributes
{
    /// <summary>This entry and the ones after it, outermost first.</summary>
    public IReadOnlyList<TracebackFrame> Frames() => index == 0 ? frames : frames.Skip(index).ToList();

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "tb_lineno": value = PyInt.Box(frames[index].Line); return true;
            case "tb_next": value = index + 1 < frames.Count ? new PyTraceback(frames, index + 1) : PyNone.Instance; return true;
        }
        value = PyNone.Instance;
        return false;
    }

    public bool TrySetAttribute(string name, object value) => false;
}
