using DlrClosures.Scoping;

namespace DlrClosures.Interpretation;

/// <summary>
/// Where the names of one scope live in an interpreted frame, decided once from the scope table:
/// a plain local is a slot of <see cref="Frame.Locals"/>, a cell (a local some inner scope
/// captures) is a box the frame creates on entry, a free variable is an entry of the function's
/// closure, and a module-level name is one of the code's global cells. The interpreter's
/// counterpart of the compiler's VariableEnvironment, with slots where that has IL variables.
/// </summary>
/// <remarks>
/// A comprehension and a class body run inline in the enclosing code's frame, with a storage of
/// their own whose free variables are the enclosing storage's boxes (<see cref="Enclosing"/>).
/// Names are keyed as CPython stores them: private names mangled (<see cref="Scope.Mangle"/>).
/// </remarks>
internal sealed class ScopeStorage
{
    private readonly Dictionary<string, int> _locals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BoxRef> _boxes = new(StringComparer.Ordinal);
    private readonly FrameLayout _layout;

    public ScopeStorage(Scope scope, ScopeStorage? enclosing, FrameLayout layout, int classNamespaceSlot = -1)
    {
        Scope = scope;
        Enclosing = enclosing;
        _layout = layout;
        ClassNamespaceSlot = classNamespaceSlot;
    }

    public Scope Scope { get; }

    /// <summary>For an inlined comprehension or class body: the storage its free variables come from.</summary>
    public ScopeStorage? Enclosing { get; }

    /// <summary>For a class body: the local slot holding the namespace dict its names live in.</summary>
    public int ClassNamespaceSlot { get; }

    public bool IsModule => Scope.Kind == ScopeKind.Module;

    public bool IsClass => Scope.Kind == ScopeKind.Class;

    /// <summary>Cells created on entry, each with the parameter slot that seeds it (or -1).</summary>
    public List<(int Cell, int Seed)> CellsToCreate { get; } = [];

    /// <summary>Local slots that start unbound on entry (every non-parameter plain local).</summary>
    public List<int> UnboundLocals { get; } = [];

    /// <summary>How a name used in this scope is bound.</summary>
    public BindingKind Lookup(string name) => Scope.Lookup(name);

    /// <summary>The name as this scope stores it (private names mangled).</summary>
    public string Mangle(string name) => Scope.Mangle(name);

    /// <summary>Allocates the scope's slots. <paramref name="parameters"/> maps parameter names to the slots their arguments arrive in.</summary>
    public void Declare(IReadOnlyDictionary<string, int> parameters)
    {
        if (IsModule) return;
        // A class body keeps its names in its namespace dict; it has no slots of its own.
        foreach (var name in IsClass ? [] : Scope.Locals)
        {
            bool isParameter = parameters.TryGetValue(name, out int parameter);
            if (Scope.Lookup(name) == BindingKind.Cell)
            {
                int cell = _layout.NewCell();
                _boxes[name] = new BoxRef(InClosure: false, cell);
                CellsToCreate.Add((cell, isParameter ? parameter : -1));
            }
            else if (isParameter)
            {
                _locals[name] = parameter;
            }
            else
            {
                int slot = _layout.NewLocal();
                _locals[name] = slot;
                UnboundLocals.Add(slot);
            }
        }
        int closureIndex = 0;
        foreach (var name in Scope.FreeVars)
            _boxes[name] = Enclosing is not null ? Enclosing.GetBox(name) : new BoxRef(InClosure: true, closureIndex++);
    }

    /// <summary>The slot of plain local <paramref name="name"/>.</summary>
    public int Local(string name) => _locals[Mangle(name)];

    /// <summary>The box of a cell or free variable: what an inner function's closure captures.</summary>
    public BoxRef GetBox(string name) =>
        _boxes.TryGetValue(Mangle(name), out var box) ? box
        : _boxes.TryGetValue(name, out box) ? box
        : throw new InvalidOperationException($"'{name}' is not a cell or free variable of {Scope.QualifiedName}");
}
