using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;

namespace DlrClosures.Scoping;

/// <summary>
/// Scope analysis: decides, for every block of a module, how each name is bound, as CPython 3.11
/// does in Python/symtable.c, and reports the compile-time errors CPython reports there (those of
/// its code generator, Python/compile.c, are the binding stage's).
/// </summary>
/// <remarks>
/// Input: a <see cref="ModuleNode"/>. Output: a <see cref="ScopeTable"/>, keyed by node identity.
/// Invariants: the syntax tree is not modified; the result agrees with CPython's symtable on
/// every name's binding and with its code objects on co_varnames, co_cellvars, co_freevars and
/// __qualname__.
/// Steps:
/// 1. Collect facts per block and name (<see cref="SymbolCollector"/>, CPython's symtable_visit_*).
/// 2. Resolve bindings top-down and free names bottom-up (<see cref="SymbolResolver"/>,
///    CPython's analyze_block).
/// 3. Order each block's names as the compiler emits them (<see cref="LocalNameOrder"/>) and
///    build the immutable <see cref="Scope"/> tree with qualified names.
/// </remarks>
internal sealed class ScopeAnalyzer
{
    private readonly Dictionary<SyntaxNode, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyDictionary<SyntaxNode, List<string>> _emissionOrder;

    private ScopeAnalyzer(IReadOnlyDictionary<SyntaxNode, List<string>> emissionOrder) => _emissionOrder = emissionOrder;

    /// <summary>Analyzes <paramref name="module"/>; throws a SyntaxError <see cref="PyException"/> as CPython 3.11 would.</summary>
    public static ScopeTable Analyze(ModuleNode module)
    {
        var (root, entries) = SymbolCollector.Collect(module);
        SymbolResolver.Resolve(root, (entry, message, name) =>
            PyErrors.SyntaxError(ScopeMessages.Format(message, name), module.Source, entry.DirectiveSpan(name)));
        var analyzer = new ScopeAnalyzer(LocalNameOrder.Compute(module, entries));
        var moduleScope = analyzer.Build(root, parent: null);
        return new ScopeTable(moduleScope, analyzer._scopes);
    }

    private Scope Build(SymbolTableEntry entry, Scope? parent)
    {
        var bindings = entry.Bindings;
        var emitted = _emissionOrder[entry.Node];

        // Locals: parameters, then names in first-emission order, then the rest in symbol order,
        // each once. Every name here is a key of bindings, so its kind is what decides.
        var seen = new NameSet();
        var locals = new List<string>();
        void AddLocal(string name)
        {
            if (bindings.GetValueOrDefault(name) is BindingKind.Local or BindingKind.Cell && seen.Add(name)) locals.Add(name);
        }
        foreach (var name in entry.VarNameParams) AddLocal(name);
        foreach (var name in emitted) AddLocal(name);
        foreach (var name in entry.SymbolOrder) AddLocal(name);

        var varNames = new List<string>();
        if (entry.IsFunctionBlock)
        {
            var seenVar = new NameSet();
            foreach (var name in entry.VarNameParams)
                if (seenVar.Add(name)) varNames.Add(name);
            foreach (var name in emitted)
                if (bindings.GetValueOrDefault(name) == BindingKind.Local && seenVar.Add(name)) varNames.Add(name);
        }

        // co_cellvars in 3.11: captured parameters first, in co_varnames order (a parameter's cell
        // shares its slot in the frame's localsplus array), then the other cells sorted by code
        // point, as dictbytype in Python/compile.c orders them and co_freevars.
        var cellVars = new List<string>();
        foreach (var name in entry.VarNameParams)
            if (bindings.GetValueOrDefault(name) == BindingKind.Cell) cellVars.Add(name);
        int cellParameters = cellVars.Count;
        var freeVars = new List<string>();
        foreach (var name in entry.SymbolOrder)
        {
            var kind = bindings[name];
            if (kind == BindingKind.Cell && !entry.VarNameParams.Contains(name)) cellVars.Add(name);
            if (kind == BindingKind.Free || (entry.GetFlags(name) & SymbolFlags.FreeClass) != 0) freeVars.Add(name);
        }
        cellVars.Sort(cellParameters, cellVars.Count - cellParameters, StringComparer.Ordinal);
        freeVars.Sort(StringComparer.Ordinal);
        if (entry.NeedsClassClosure) cellVars.Add("__class__");

        // The entry is not used after this, so the scope takes its bindings instead of a copy.
        var scope = new Scope(entry.Kind, entry.Name, QualifiedName(entry, parent), entry.Node, parent,
            entry.IsNested, entry.PrivateName, bindings,
            entry.SourceParams.ToArray(), cellVars, freeVars, varNames, locals, entry.NeedsClassClosure, entry.ReadNames, entry.UnboundNames)
        {
            IsGenerator = entry.IsGenerator,
        };
        _scopes.Add(entry.Node, scope);
        foreach (var child in entry.Children) Build(child, scope);
        return scope;
    }

    // compiler_set_qualname: a def or class declared global in its parent is named at top level;
    // below a function or lambda the name gets ".<locals>"; below a class or comprehension it does not.
    private static string QualifiedName(SymbolTableEntry entry, Scope? parent)
    {
        if (parent is null || parent.Kind == ScopeKind.Module) return entry.Name;
        if (entry.Kind is ScopeKind.Function or ScopeKind.Class
            && parent.Lookup(entry.Name) == BindingKind.GlobalExplicit)
            return entry.Name;
        string separator = parent.Kind is ScopeKind.Function or ScopeKind.Lambda ? ".<locals>." : ".";
        return parent.QualifiedName + separator + entry.Name;
    }
}
