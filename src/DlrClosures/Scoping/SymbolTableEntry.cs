using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Scoping;

/// <summary>
/// The working state of one block while the analyzer runs (CPython's <c>PySTEntryObject</c>):
/// pass 1 fills the flags, parameters and directives; pass 2 fills the resolved bindings.
/// Internal and mutable; <see cref="Scope"/> is the immutable result built from it.
/// </summary>
internal sealed class SymbolTableEntry
{
    private readonly Dictionary<string, SymbolFlags> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _symbolOrder = [];

    public SymbolTableEntry(SyntaxNode node, ScopeKind kind, string name, SymbolTableEntry? parent, string? privateName)
    {
        Node = node;
        Kind = kind;
        Name = name;
        Parent = parent;
        PrivateName = privateName;
        // symtable_enter_block: a block is nested when its parent is a function or is itself nested.
        IsNested = parent is not null && (parent.IsNested || parent.IsFunctionBlock);
        parent?.Children.Add(this);
    }

    public SyntaxNode Node { get; }
    public ScopeKind Kind { get; }
    public string Name { get; }
    public SymbolTableEntry? Parent { get; }

    /// <summary>The innermost enclosing class name, for mangling (CPython <c>st_private</c>).</summary>
    public string? PrivateName { get; }

    public bool IsNested { get; }
    public bool IsFunctionBlock => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;
    public List<SymbolTableEntry> Children { get; } = [];

    /// <summary>Parameters in CPython's <c>ste_varnames</c> order: positional, keyword-only, *args, **kwargs.</summary>
    public List<string> VarNameParams { get; } = [];

    /// <summary>Parameters in source order: positional, *args, keyword-only, **kwargs.</summary>
    public List<string> SourceParams { get; } = [];

    /// <summary>Names whose value this block's own code reads: loads, augmented-assignment targets and del targets.</summary>
    public HashSet<string> ReadNames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Names this block's own code can unbind: del targets, and the names of <c>except ... as name</c>
    /// clauses, which CPython deletes when the handler ends (compile.c, compiler_try_except).
    /// </summary>
    public HashSet<string> UnboundNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Each <c>global</c>/<c>nonlocal</c> statement per name, in order (CPython <c>ste_directives</c>).</summary>
    public List<(string Name, SourceSpan Span)> Directives { get; } = [];

    /// <summary>Pass 2 result per name (CPython's scope bits of <c>ste_symbols</c>).</summary>
    public Dictionary<string, BindingKind> Bindings { get; } = new(StringComparer.Ordinal);

    /// <summary>The block contains <c>yield</c> or <c>yield from</c> (CPython <c>ste_generator</c>).</summary>
    public bool IsGenerator { get; set; }

    /// <summary>An <c>async def</c>, or a comprehension that awaits (CPython <c>ste_coroutine</c>).</summary>
    public bool IsCoroutine { get; set; }

    /// <summary>A method uses <c>super</c> or <c>__class__</c>, so this class creates the implicit <c>__class__</c> cell.</summary>
    public bool NeedsClassClosure { get; set; }

    /// <summary>Names in the order they were first mentioned (the iteration order of CPython's <c>ste_symbols</c> dict).</summary>
    public IReadOnlyList<string> SymbolOrder => _symbolOrder;

    public SymbolFlags GetFlags(string name) => _flags.GetValueOrDefault(name);

    public bool Contains(string name) => _flags.ContainsKey(name);

    public void AddFlags(string name, SymbolFlags flags)
    {
        if (_flags.TryGetValue(name, out var old)) _flags[name] = old | flags;
        else
        {
            _flags[name] = flags;
            _symbolOrder.Add(name);
        }
    }

    public SourceSpan DirectiveSpan(string name) => Directives.First(d => d.Name == name).Span;
}
