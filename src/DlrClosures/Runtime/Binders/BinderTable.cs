using System.Collections.Concurrent;

namespace DlrClosures.Runtime.Binders;

/// <summary>
/// The binders of one kind that are told apart by a name (an attribute, keyword argument names),
/// shared by the call sites that ask for the same key so that the DLR's rule cache of a binder
/// serves them all; and bounded. Unbounded, a host running scripts that use ever new names kept a
/// binder per name for the life of the process, and through its rules the classes and code they were
/// made for: 10,000 scripts of distinct attribute names kept 42 MB (4.3 KB each) on the compiling
/// engine (<c>MemoryGrowthTests</c>). Past <see cref="Capacity"/> keys the table is emptied: a site
/// keeps the binder it holds, and a later site asking again gets a new one whose rules are built again.
/// </summary>
internal sealed class BinderTable<TKey, TBinder>(IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    /// <summary>More distinct names than programs of a usual size use, few enough to hold little.</summary>
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<TKey, TBinder> _binders = new(comparer);

    public TBinder Get(TKey key, Func<TKey, TBinder> create)
    {
        if (_binders.TryGetValue(key, out var binder)) return binder;
        // Count locks the table: it is read only on a miss, when a rule is about to be built anyway.
        if (_binders.Count >= Capacity) _binders.Clear();
        return _binders.GetOrAdd(key, create);
    }
}
