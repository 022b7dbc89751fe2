namespace DlrClosures.Interpretation;

/// <summary>
/// The slots of one code object's frame, handed out while its body is prepared: plain locals
/// (the code's own, those of comprehensions and class bodies inlined into it, and internal
/// temporaries), cells, and the module names the code uses (its <c>GlobalNames</c>).
/// </summary>
internal sealed class FrameLayout
{
    private readonly Dictionary<string, int> _globalIndex = new(StringComparer.Ordinal);

    public int LocalCount { get; private set; }

    public int CellCount { get; private set; }

    /// <summary>Module-level names in the order of the frame's global cells.</summary>
    public List<string> GlobalNames { get; } = [];

    public int NewLocal() => LocalCount++;

    public int NewCell() => CellCount++;

    /// <summary>The index of <paramref name="name"/>'s global cell, allocated on first use.</summary>
    public int Global(string name)
    {
        if (!_globalIndex.TryGetValue(name, out int index))
        {
            index = GlobalNames.Count;
            GlobalNames.Add(name);
            _globalIndex[name] = index;
        }
        return index;
    }
}
