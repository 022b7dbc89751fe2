using DlrClosures.Syntax;

namespace DlrClosures.Scoping;

/// <summary>
/// One code block's names, resolved as CPython 3.11 resolves them: a module, a class body, a
/// function, a lambda or a comprehension. Immutable once <see cref="ScopeAnalyzer"/> returns.
/// </summary>
/// <remarks>
/// Every name in these lists, and every name <see cref="Lookup"/> takes, is a source name; inside
/// a class a private name <c>__x</c> is stored mangled (<c>_C__x</c>) exactly as CPython stores it
/// in <c>co_varnames</c>, and <see cref="Lookup"/> mangles before it looks.
/// </remarks>
internal sealed class Scope
{
    private readonly IReadOnlyDictionary<string, BindingKind> _bindings;
    private readonly List<Scope> _children = [];
    private readonly IReadOnlySet<string> _readNames;
    private readonly IReadOnlySet<string> _unboundNames;

    internal Scope(ScopeKind kind, string name, string qualifiedName, SyntaxNode node, Scope? parent, bool isNested,
        string? privateName, IReadOnlyDictionary<string, BindingKind> bindings, IReadOnlyList<string> parameters,
        IReadOnlyList<string> cellVars, IReadOnlyList<string> freeVars, IReadOnlyList<string> varNames,
        IReadOnlyList<string> locals, bool needsClassClosure, IReadOnlySet<string> readNames, IReadOnlySet<string> unboundNames)
    {
        _readNames = readNames;
        _unboundNames = unboundNames;
        Kind = kind;
        Name = name;
        QualifiedName = qualifiedName;
        Node = node;
        Parent = parent;
        IsNested = isNested;
        PrivateName = privateName;
        _bindings = bindings;
        Parameters = parameters;
        CellVars = cellVars;
        FreeVars = freeVars;
        VarNames = varNames;
        Locals = locals;
        NeedsClassClosure = needsClassClosure;
        parent?._children.Add(this);
    }

    public ScopeKind Kind { get; }

    /// <summary>The block yields (CPython <c>ste_generator</c>): a def or lambda whose call makes a generator.</summary>
    public bool IsGenerator { get; init; }

    /// <summary><c>co_name</c>: "&lt;module&gt;", the function or class name, "&lt;lambda&gt;", "&lt;listcomp&gt;", "&lt;setcomp&gt;", "&lt;dictcomp&gt;" or "&lt;genexpr&gt;".</summary>
    public string Name { get; }

    /// <summary><c>__qualname__</c> (CPython <c>compiler_set_qualname</c>), e.g. "outer.&lt;locals&gt;.inner", "C.method".</summary>
    public string QualifiedName { get; }

    /// <summary>The node that opens the block: ModuleNode, FunctionDefStmt, ClassDefStmt, LambdaExpr or a comprehension.</summary>
    public SyntaxNode Node { get; }

    public Scope? Parent { get; }

    /// <summary>Nested blocks in the order CPython's symtable enters them.</summary>
    public IReadOnlyList<Scope> Children => _children;

    /// <summary>CPython's <c>ste_nested</c>: some enclosing block is a function.</summary>
    public bool IsNested { get; }

    /// <summary>The innermost enclosing class name (this class's own name in a class body), used for mangling; null outside classes.</summary>
    public string? PrivateName { get; }

    /// <summary>Parameters in source order: positional, *args, keyword-only, **kwargs; a comprehension has the implicit ".0".</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary><c>co_cellvars</c>: locals captured by inner scopes, sorted; a class whose methods use <c>super</c> or <c>__class__</c> has "__class__".</summary>
    public IReadOnlyList<string> CellVars { get; }

    /// <summary><c>co_freevars</c>: names taken from enclosing functions (for this block or blocks inside it), sorted; the order of <c>__closure__</c>.</summary>
    public IReadOnlyList<string> FreeVars { get; }

    /// <summary><c>co_varnames</c>: parameters (positional, keyword-only, *args, **kwargs, captured or not), then the other non-cell locals in the order the compiler first emits them. Empty for modules and classes.</summary>
    public IReadOnlyList<string> VarNames { get; }

    /// <summary>Every name bound in this block (<see cref="BindingKind.Local"/> or <see cref="BindingKind.Cell"/>): parameters first, then in first-emission order.</summary>
    public IReadOnlyList<string> Locals { get; }

    /// <summary>A class whose methods use <c>super</c> or <c>__class__</c>: its body creates the implicit <c>__class__</c> cell.</summary>
    public bool NeedsClassClosure { get; }

    /// <summary>How a use of <paramref name="name"/> in this block's own code is resolved; a name the block never mentions is <see cref="BindingKind.GlobalImplicit"/>.</summary>
    public BindingKind Lookup(string name) =>
        _bindings.TryGetValue(Mangle(name), out var kind) ? kind : BindingKind.GlobalImplicit;

    /// <summary>
    /// False when this block's own code never reads <paramref name="name"/> (no load, no
    /// <c>name += ...</c>, no <c>del name</c>): a plain local of that kind is only ever stored, so
    /// its value is unobservable.
    /// </summary>
    public bool IsRead(string name) => _readNames.Contains(Mangle(name));

    /// <summary>
    /// True when this block's own code can unbind <paramref name="name"/>: <c>del name</c>, or an
    /// <c>except ... as name</c> clause, which deletes it when the handler ends. A parameter for which
    /// this is false is bound from entry to exit (inner scopes cannot unbind a plain local).
    /// </summary>
    public bool MayUnbind(string name) => _unboundNames.Contains(Mangle(name));

    /// <summary><paramref name="name"/> as CPython stores it in this block (private names mangled with <see cref="PrivateName"/>).</summary>
    public string Mangle(string name) => NameMangler.Mangle(PrivateName, name);

    public override string ToString() => $"{Kind} {QualifiedName}";
}
