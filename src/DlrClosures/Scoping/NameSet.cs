namespace DlrClosures.Scoping;

/// <summary>
/// A set of names for "have I seen this one?" while building a block's name lists. Most blocks
/// have a handful of names, where a linear scan beats hashing; a module can mention hundreds, where
/// a scan makes the walk quadratic. So the names are scanned up to <see cref="ScanLimit"/> and
/// hashed beyond it.
/// </summary>
internal sealed class NameSet
{
    private const int ScanLimit = 8;

    private readonly List<string> _names = [];
    private HashSet<string>? _hashed;

    /// <summary>Adds <paramref name="name"/>; false when it was already there.</summary>
    public bool Add(string name)
    {
        if (_hashed is not null) return _hashed.Add(name);
        foreach (var known in _names)
            if (string.Equals(known, name, StringComparison.Ordinal)) return false;
        _names.Add(name);
        if (_names.Count > ScanLimit) _hashed = new HashSet<string>(_names, StringComparer.Ordinal);
        return true;
    }
}
