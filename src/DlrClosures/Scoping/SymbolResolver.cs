namespace DlrClosures.Scoping;

/// <summary>
/// Pass 2 of scope analysis: decides each name's <see cref="BindingKind"/> in every block, as
/// CPython 3.11's <c>analyze_block</c> does (Python/symtable.c).
/// </summary>
/// <remarks>
/// Input: the entries pass 1 filled. Output: <see cref="SymbolTableEntry.Bindings"/> of every entry.
/// Steps, per block, top-down:
/// 1. Classify each name the block mentions (<c>analyze_name</c>): global declaration, nonlocal
///    (must be bound by an enclosing function), bound here, bound by an enclosing function (free),
///    else global. <c>bound</c> and <c>global</c> are the names the enclosing blocks make visible.
/// 2. Work out what the children see: a function adds its locals to <c>bound</c>; a class adds
///    nothing (its body is invisible to its methods) except the implicit <c>__class__</c>.
/// 3. Analyze each child with copies of those sets; collect the names they need from outside.
/// 4. In a function, a local some child needs becomes a cell (<c>analyze_cells</c>); in a class,
///    a need for <c>__class__</c> becomes the implicit class cell (<c>drop_class_free</c>).
/// 5. Names children still need that this block does not bind become free here too, so the
///    closure passes through (<c>update_symbols</c>); they flow up to the parent.
/// Errors: a nonlocal at module level or with no enclosing binding, or a name both nonlocal and
/// global, raise CPython's SyntaxError at the first declaration of the name.
/// </remarks>
internal sealed class SymbolResolver
{
    private readonly Func<SymbolTableEntry, string, string, Exception> _error;

    private SymbolResolver(Func<SymbolTableEntry, string, string, Exception> error) => _error = error;

    /// <summary>Resolves every block under <paramref name="root"/>. <paramref name="error"/> builds the exception for (block, message format, name).</summary>
    public static void Resolve(SymbolTableEntry root, Func<SymbolTableEntry, string, string, Exception> error) =>
        new SymbolResolver(error).AnalyzeBlock(root, bound: null, free: [], global: []);

    private void AnalyzeBlock(SymbolTableEntry entry, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>(StringComparer.Ordinal);
        var newGlobal = new HashSet<string>(StringComparer.Ordinal);
        var newBound = new HashSet<string>(StringComparer.Ordinal);
        var newFree = new HashSet<string>(StringComparer.Ordinal);

        // A class passes down what it was given, before its own names are analyzed.
        if (entry.Kind == ScopeKind.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }

        foreach (var name in entry.SymbolOrder) AnalyzeName(entry, name, bound, local, free, global);

        if (entry.Kind != ScopeKind.Class)
        {
            if (entry.IsFunctionBlock) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
        }

        // analyze_child_block: every child works on its own copies of bound and global. Its free
        // set starts as a copy of newFree, which is still empty here, and is then merged into all
        // the children's union, so the children can add to newFree directly.
        foreach (var child in entry.Children)
        {
            AnalyzeBlock(child, new HashSet<string>(newBound, StringComparer.Ordinal), newFree,
                new HashSet<string>(newGlobal, StringComparer.Ordinal));
        }

        if (entry.IsFunctionBlock) AnalyzeCells(entry, newFree);
        else if (entry.Kind == ScopeKind.Class && newFree.Remove("__class__")) entry.NeedsClassClosure = true;

        UpdateSymbols(entry, bound, newFree);
        free.UnionWith(newFree);
    }

    // analyze_name
    private void AnalyzeName(SymbolTableEntry entry, string name, HashSet<string>? bound, HashSet<string> local,
        HashSet<string> free, HashSet<string> global)
    {
        var flags = entry.GetFlags(name);
        if ((flags & SymbolFlags.Global) != 0)
        {
            if ((flags & SymbolFlags.Nonlocal) != 0) throw _error(entry, ScopeMessages.NonlocalAndGlobal, name);
            entry.Bindings[name] = BindingKind.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.Nonlocal) != 0)
        {
            if (bound is null) throw _error(entry, ScopeMessages.NonlocalAtModuleLevel, name);
            if (!bound.Contains(name)) throw _error(entry, ScopeMessages.NoBindingForNonlocal, name);
            entry.Bindings[name] = BindingKind.Free;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.Bound) != 0)
        {
            entry.Bindings[name] = BindingKind.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        // A binding in an enclosing function wins over any global; a non-null bound means nested.
        if (bound is not null && bound.Contains(name))
        {
            entry.Bindings[name] = BindingKind.Free;
            free.Add(name);
            return;
        }
        entry.Bindings[name] = BindingKind.GlobalImplicit;
    }

    // analyze_cells: a local that a child needs lives in a cell, and is no longer free above.
    private static void AnalyzeCells(SymbolTableEntry entry, HashSet<string> free)
    {
        foreach (var name in entry.SymbolOrder)
        {
            if (entry.Bindings[name] == BindingKind.Local && free.Remove(name)) entry.Bindings[name] = BindingKind.Cell;
        }
    }

    // update_symbols, second half: record names children still need.
    private static void UpdateSymbols(SymbolTableEntry entry, HashSet<string>? bound, HashSet<string> free)
    {
        foreach (var name in free)
        {
            if (entry.Contains(name))
            {
                // A method's free name that the class body binds or declares global: the class
                // keeps its own binding and also passes the enclosing cell through.
                if (entry.Kind == ScopeKind.Class && (entry.GetFlags(name) & (SymbolFlags.Bound | SymbolFlags.Global)) != 0)
                    entry.AddFlags(name, SymbolFlags.FreeClass);
                continue;
            }
            // Not bound by any enclosing function: it resolves as a global.
            if (bound is not null && !bound.Contains(name)) continue;
            entry.AddFlags(name, SymbolFlags.None);
            entry.Bindings[name] = BindingKind.Free;
        }
    }
}
