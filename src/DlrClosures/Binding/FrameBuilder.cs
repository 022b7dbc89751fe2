using System.Collections.Immutable;

namespace DlrClosures.Binding;

/// <summary>
/// Hands out the slots of one code object's frame while the <see cref="Binder"/> walks it, and
/// freezes them into its <see cref="FrameLayout"/>.
/// </summary>
/// <remarks>
/// Temporaries follow a stack discipline tied to statements: a statement's temporaries are free
/// again once the statement is bound (<see cref="TempMark"/>, <see cref="ReleaseTemps"/>), so a
/// frame needs as many as its most demanding statement, not as many as its statements together.
/// Within one statement no temporary is reused, which keeps every live range disjoint without an
/// analysis: a temporary is only read inside the statement that wrote it.
/// </remarks>
internal sealed class FrameBuilder
{
    private readonly List<string> _localNames = [];
    private readonly List<string> _cellNames = [];
    private readonly List<CellInit> _entryCells = [];
    private readonly List<int> _entryUnbound = [];
    private readonly List<string> _globalNames = [];
    private readonly Dictionary<string, int> _globalIndex = new(StringComparer.Ordinal);
    private readonly List<int> _temps = [];
    private int _tempsInUse;

    public FrameBuilder(IReadOnlyList<string> parameters)
    {
        _localNames.AddRange(parameters);
        ParameterCount = parameters.Count;
    }

    public int ParameterCount { get; }

    public int NewLocal(string name)
    {
        _localNames.Add(name);
        return _localNames.Count - 1;
    }

    public int NewCell(string name)
    {
        _cellNames.Add(name);
        return _cellNames.Count - 1;
    }

    /// <summary>Records a cell the frame creates on entry (co_cellvars), seeded from a parameter's slot or -1.</summary>
    public void AddEntryCell(int cell, int seedLocal) => _entryCells.Add(new CellInit(cell, seedLocal));

    /// <summary>Records a plain local that must read as unbound on entry.</summary>
    public void AddEntryUnbound(int local) => _entryUnbound.Add(local);

    /// <summary>The index of <paramref name="name"/>'s global cell (a stored, mangled name), allocated on first use.</summary>
    public int Global(string name)
    {
        if (!_globalIndex.TryGetValue(name, out int index))
        {
            index = _globalNames.Count;
            _globalNames.Add(name);
            _globalIndex[name] = index;
        }
        return index;
    }

    /// <summary>A temporary local slot, free for reuse once the enclosing statement is bound.</summary>
    public int NewTemp()
    {
        if (_tempsInUse == _temps.Count) _temps.Add(NewLocal(".t" + _temps.Count));
        return _temps[_tempsInUse++];
    }

    public int TempMark => _tempsInUse;

    public void ReleaseTemps(int mark) => _tempsInUse = mark;

    public FrameLayout ToLayout(int freeCount) => new(
        ParameterCount, [.. _localNames], [.. _cellNames], [.. _entryCells], [.. _entryUnbound], freeCount, [.. _globalNames]);
}
