using DlrClosures.Scoping;

namespace DlrClosures.Binding;

/// <summary>
/// The storage of one scope's names in the frame being bound: a plain local is a frame slot, a cell
/// (a local some inner scope captures) a frame cell, a free variable a closure cell, a class body's
/// own name an entry of its namespace dict, a module-level name a global cell.
/// </summary>
/// <remarks>
/// A comprehension and a class body are bound inline into the enclosing code's frame: their locals
/// and cells get slots of that frame, and their free variables are the enclosing scope's storage
/// (<see cref="Enclosing"/>). Names are keyed as CPython stores them (private names mangled,
/// <see cref="Scope.Mangle"/>).
/// </remarks>
internal sealed class ScopeContext
{
    private readonly Dictionary<string, NameStorage> _locals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameStorage> _boxes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _alwaysBound = new(StringComparer.Ordinal);

    private ScopeContext(Scope scope, ScopeContext? enclosing, FrameBuilder frame, int classNamespace)
    {
        Scope = scope;
        Enclosing = enclosing;
        Frame = frame;
        ClassNamespace = classNamespace;
    }

    public Scope Scope { get; }

    /// <summary>For an inlined comprehension or class body: the context its free variables come from.</summary>
    public ScopeContext? Enclosing { get; }

    public FrameBuilder Frame { get; }

    /// <summary>For a class body: the local slot of its namespace dict; else -1.</summary>
    public int ClassNamespace { get; }

    public bool IsModule => Scope.Kind == ScopeKind.Module;

    public bool IsClass => Scope.Kind == ScopeKind.Class;

    /// <summary>
    /// For a class whose methods use <c>super()</c> or <c>__class__</c>: the implicit cell, which the
    /// closures of its methods capture. It is not the body's own <c>__class__</c> name, which is a
    /// namespace entry, or an enclosing function's <c>__class__</c> (compiler_make_closure).
    /// </summary>
    public NameStorage? ClassCell { get; private set; }

    /// <summary>For an inlined comprehension (or a class body's <c>__class__</c> cell): the cells it creates each time it is evaluated.</summary>
    public List<CellInit> InlineCells { get; } = [];

    /// <summary>For an inlined comprehension: the locals it unbinds each time it is evaluated.</summary>
    public List<int> InlineUnbound { get; } = [];

    /// <summary>The context of a module: every name is a global cell.</summary>
    public static ScopeContext ForModule(Scope scope, FrameBuilder frame) => new(scope, null, frame, -1);

    /// <summary>
    /// The context of a def or lambda: its parameters arrive in the first local slots; a captured one
    /// is copied into its cell on entry, every other local starts unbound, and free variables are the
    /// function's closure, in co_freevars order.
    /// </summary>
    public static ScopeContext ForFunction(Scope scope, FrameBuilder frame, IReadOnlyList<string> slotNames)
    {
        var context = new ScopeContext(scope, null, frame, -1);
        var parameters = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < slotNames.Count; i++) parameters[scope.Mangle(slotNames[i])] = i;
        foreach (var name in scope.Locals)
        {
            bool isParameter = parameters.TryGetValue(name, out int parameter);
            if (scope.Lookup(name) == BindingKind.Cell)
            {
                int cell = frame.NewCell(name);
                frame.AddEntryCell(cell, isParameter ? parameter : -1);
                context._boxes[name] = new NameStorage(StorageKind.FrameCell, cell, name);
            }
            else if (isParameter)
            {
                context._locals[name] = new NameStorage(StorageKind.Local, parameter, name);
                if (!scope.MayUnbind(name)) context._alwaysBound.Add(name);
            }
            else
            {
                int slot = frame.NewLocal(name);
                frame.AddEntryUnbound(slot);
                context._locals[name] = new NameStorage(StorageKind.Local, slot, name);
            }
        }
        for (int i = 0; i < scope.FreeVars.Count; i++)
            context._boxes[scope.FreeVars[i]] = new NameStorage(StorageKind.ClosureCell, i, scope.FreeVars[i], IsFree: true);
        return context;
    }

    /// <summary>
    /// The context of a comprehension inlined into <paramref name="enclosing"/>'s frame: its locals
    /// and cells are new slots of that frame, made fresh each evaluation (<see cref="InlineCells"/>,
    /// <see cref="InlineUnbound"/>); its free variables are the enclosing storage.
    /// </summary>
    public static ScopeContext ForComprehension(Scope scope, ScopeContext enclosing)
    {
        var frame = enclosing.Frame;
        var context = new ScopeContext(scope, enclosing, frame, -1);
        foreach (var name in scope.Locals)
        {
            if (scope.Lookup(name) == BindingKind.Cell)
            {
                int cell = frame.NewCell(name);
                context.InlineCells.Add(new CellInit(cell, -1));
                context._boxes[name] = new NameStorage(StorageKind.FrameCell, cell, name);
            }
            else
            {
                int slot = frame.NewLocal(name);
                context.InlineUnbound.Add(slot);
                context._locals[name] = new NameStorage(StorageKind.Local, slot, name);
            }
        }
        context.BorrowFreeVariables();
        return context;
    }

    /// <summary>The context of a class body inlined into <paramref name="enclosing"/>'s frame, its names entries of the dict in <paramref name="namespaceSlot"/>.</summary>
    public static ScopeContext ForClass(Scope scope, ScopeContext enclosing, int namespaceSlot)
    {
        var context = new ScopeContext(scope, enclosing, enclosing.Frame, namespaceSlot);
        context.BorrowFreeVariables();
        if (scope.NeedsClassClosure)
        {
            // The implicit __class__ cell: made when the statement runs, filled when the class is.
            int cell = context.Frame.NewCell("__class__");
            context.InlineCells.Add(new CellInit(cell, -1));
            context.ClassCell = new NameStorage(StorageKind.FrameCell, cell, "__class__");
        }
        return context;
    }

    private void BorrowFreeVariables()
    {
        foreach (var name in Scope.FreeVars)
            _boxes[name] = Enclosing!.GetBox(name) with { IsFree = true };
    }

    /// <summary>How a use of <paramref name="name"/> (a source name) in this scope's own code is bound.</summary>
    public BindingKind Lookup(string name) => IsModule ? BindingKind.GlobalImplicit : Scope.Lookup(name);

    /// <summary><paramref name="name"/> as this scope stores it.</summary>
    public string Mangle(string name) => Scope.Mangle(name);

    /// <summary>True for a parameter the code never unbinds: bound from entry to exit.</summary>
    public bool IsAlwaysBound(string name) => _alwaysBound.Contains(Mangle(name));

    /// <summary>The storage of plain local <paramref name="name"/> (a source name).</summary>
    public NameStorage Local(string name) => _locals[Mangle(name)];

    /// <summary>The global cell of <paramref name="name"/> (a source name).</summary>
    public NameStorage Global(string name)
    {
        var stored = Mangle(name);
        return new NameStorage(StorageKind.Global, Frame.Global(stored), stored);
    }

    /// <summary>The box of a cell or free variable: what an inner function's closure captures.</summary>
    /// <remarks>Takes a source name, or a name already stored mangled (an inner scope's co_freevars entry).</remarks>
    public NameStorage GetBox(string name) =>
        _boxes.TryGetValue(Mangle(name), out var box) || _boxes.TryGetValue(name, out box) ? box
        : throw new InvalidOperationException($"'{name}' is not a cell or free variable of {Scope.QualifiedName}");
}
