using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Functions;

/// <summary>
/// A Python function object: what evaluating <c>def</c> or <c>lambda</c> creates. It is the compiled
/// code of its definition site plus what that evaluation captured: the cells of its free variables
/// (<c>__closure__</c>), its evaluated defaults and its module's globals. Creating one compiles nothing.
/// </summary>
internal sealed class PyFunction : PyCallable, IPyAttributes
{
    // Creating a closure is the hot operation, so the object is kept small (64 bytes): what calls
    // need, a single cell held directly (the common closure captures one variable, and then no
    // cells array is allocated), and what is rarely set in an extras object made on first write.
    private readonly StrongBox<object>? _cell;
    private readonly StrongBox<object>[]? _cells;
    private Extras? _extras;

    /// <summary>A function object; <paramref name="closure"/> holds the cells of co_freevars in order, or is null when there are none.</summary>
    public PyFunction(PyCode code, StrongBox<object>[]? closure, object[]? defaults, PyDict? kwDefaults, PyGlobals globals)
    {
        Code = code;
        if (closure is [var only]) _cell = only;
        else if (closure is { Length: > 0 }) _cells = closure;
        Defaults = defaults;
        if (kwDefaults is not null) (_extras = new Extras()).KwDefaults = kwDefaults;
        Globals = globals;
    }

    private PyFunction(PyCode code, StrongBox<object> cell, object[]? defaults, PyDict? kwDefaults, PyGlobals globals)
        : this(code, (StrongBox<object>[]?)null, defaults, kwDefaults, globals)
    {
        _cell = cell;
    }

    /// <summary>A function object whose code has exactly one free variable, captured in <paramref name="cell"/> (no cells array is made).</summary>
    public static PyFunction WithCell(PyCode code, StrongBox<object> cell, object[]? defaults, PyDict? kwDefaults, PyGlobals globals) =>
        new(code, cell, defaults, kwDefaults, globals);

    /// <summary>
    /// The compiled code shared by every function made at the same definition site; assignable
    /// through <c>__code__</c> to code with as many free variables.
    /// </summary>
    public PyCode Code { get; private set; }

    /// <summary>The cells of <c>co_freevars</c>, in that order (a new array); null when the code has no free variables.</summary>
    public StrongBox<object>[]? Closure => _cells is not null ? (StrongBox<object>[])_cells.Clone() : _cell is null ? null : [_cell];

    /// <summary>The number of cells in <see cref="Closure"/>.</summary>
    public int ClosureLength => _cells?.Length ?? (_cell is null ? 0 : 1);

    /// <summary>The cell of free variable <paramref name="index"/> (in co_freevars order), without copying the closure.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StrongBox<object> GetClosureCell(int index) => _cells is null ? _cell! : _cells[index];

    /// <summary>Defaults of the last positional parameters (<c>__defaults__</c>, assignable), or null.</summary>
    public object[]? Defaults { get; private set; }

    /// <summary>Defaults of keyword-only parameters (<c>__kwdefaults__</c>, assignable), or null.</summary>
    public PyDict? KwDefaults => _extras?.KwDefaults;

    /// <summary>The module namespace the function's global names resolve in.</summary>
    public PyGlobals Globals { get; }

    /// <summary><c>__name__</c>; assignable, as in CPython.</summary>
    public string Name => _extras?.Name ?? Code.Names.Name;

    /// <summary><c>__qualname__</c>; assignable, as in CPython.</summary>
    public string QualifiedName => _extras?.QualifiedName ?? Code.Names.QualifiedName;

    // Positional calls of matching arity go straight to the specialised delegate; anything else
    // (defaults to fill, a body not compiled yet, keywords) takes the binding path. Callers outside
    // compiled code do not hold the thread's frame counter and fetch it here.
    public override object Call0() => Call0(PyFrames.Counter);
    public override object Call1(object a0) => Call1(PyFrames.Counter, a0);
    public override object Call2(object a0, object a1) => Call2(PyFrames.Counter, a0, a1);
    public override object Call3(object a0, object a1, object a2) => Call3(PyFrames.Counter, a0, a1, a2);

    /// <summary>A positional call from compiled code, which passes the calling thread's <paramref name="frames"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object Call0(FrameCounter frames) => Code.Fast0 is { } f ? f(this, frames) : CallBound(frames, [], null);

    /// <inheritdoc cref="Call0(FrameCounter)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object Call1(FrameCounter frames, object a0) => Code.Fast1 is { } f ? f(this, frames, a0) : CallBound(frames, [a0], null);

    /// <inheritdoc cref="Call0(FrameCounter)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object Call2(FrameCounter frames, object a0, object a1) =>
        Code.Fast2 is { } f ? f(this, frames, a0, a1) : CallBound(frames, [a0, a1], null);

    /// <inheritdoc cref="Call0(FrameCounter)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object Call3(FrameCounter frames, object a0, object a1, object a2) =>
        Code.Fast3 is { } f ? f(this, frames, a0, a1, a2) : CallBound(frames, [a0, a1, a2], null);

    public override object Call(object[] args) => CallBound(PyFrames.Counter, args, null);

    public override object Call(object[] args, string[] kwNames) =>
        CallBound(PyFrames.Counter, args, kwNames.Length == 0 ? null : kwNames);

    private object CallBound(FrameCounter frames, object[] args, string[]? kwNames)
    {
        Code.EnsureCompiled();
        var slots = kwNames is null && Code.IsFast && args.Length == Code.Signature.ArgCount
            ? args
            : ArgumentBinder.Bind(this, args, kwNames);
        return Code.General is { } general ? general(this, frames, slots) : InvokeFast(frames, slots);
    }

    private object InvokeFast(FrameCounter frames, object[] slots) => slots.Length switch
    {
        0 => Code.Fast0!(this, frames),
        1 => Code.Fast1!(this, frames, slots[0]),
        2 => Code.Fast2!(this, frames, slots[0], slots[1]),
        3 => Code.Fast3!(this, frames, slots[0], slots[1], slots[2]),
        _ => throw new InvalidOperationException("fast code with too many slots"),
    };

    /// <inheritdoc/>
    public bool TryGetAttribute(string name, out object value)
    {
        value = name switch
        {
            "__name__" => Name,
            "__qualname__" => QualifiedName,
            "__closure__" => Closure is { } cells ? new PyTuple(cells) : PyNone.Instance,
            "__defaults__" => Defaults is null ? PyNone.Instance : new PyTuple(Defaults),
            "__kwdefaults__" => (object?)KwDefaults ?? PyNone.Instance,
            "__code__" => new PyCodeView(Code),
            "__module__" => _extras?.Module ?? Globals.ModuleName,
            "__doc__" => _extras?.Doc ?? (object?)Code.Doc ?? PyNone.Instance,
            "__dict__" => ExtrasForWrite.Attributes ??= new PyDict(),
            // funcobject.c func_get_annotations: made empty on first read and kept.
            "__annotations__" => ExtrasForWrite.Annotations ??= new PyDict(),
            _ => _extras?.Attributes is { } attributes && attributes.TryGetValue(name, out var v) ? v : PyUnbound.Instance,
        };
        return value is not PyUnbound;
    }

    /// <inheritdoc/>
    /// <remarks>Type checks and messages as CPython's funcobject.c setters.</remarks>
    public bool TrySetAttribute(string name, object value)
    {
        switch (name)
        {
            case "__name__":
                ExtrasForWrite.Name = value as string ?? throw PyErrors.TypeError("__name__ must be set to a string object");
                return true;
            case "__qualname__":
                ExtrasForWrite.QualifiedName = value as string ?? throw PyErrors.TypeError("__qualname__ must be set to a string object");
                return true;
            case "__defaults__":
                Defaults = value switch
                {
                    PyNone => null,
                    PyTuple { Count: 0 } => null,
                    PyTuple tuple => tuple.Items,
                    _ => throw PyErrors.TypeError("__defaults__ must be set to a tuple object"),
                };
                return true;
            case "__kwdefaults__":
                ExtrasForWrite.KwDefaults = value switch
                {
                    PyNone => null,
                    PyDict dict => dict,
                    _ => throw PyErrors.TypeError("__kwdefaults__ must be set to a dict object"),
                };
                return true;
            case "__annotations__":
                ExtrasForWrite.Annotations = value switch
                {
                    PyNone => null,
                    PyDict dict => dict,
                    _ => throw PyErrors.TypeError("__annotations__ must be set to a dict object"),
                };
                return true;
            case "__doc__":
                ExtrasForWrite.Doc = value;
                return true;
            case "__module__":
                ExtrasForWrite.Module = value;
                return true;
            case "__dict__":
                ExtrasForWrite.Attributes = value as PyDict ?? throw PyErrors.TypeError(
                    $"__dict__ must be set to a dictionary, not a '{Operations.PyTypes.TypeName(value)}'");
                return true;
            case "__code__":
                var code = (value as PyCodeView)?.Code ?? throw PyErrors.TypeError("__code__ must be set to a code object");
                int free = ClosureLength;
                if (code.Names.FreeVars.Length != free)
                    throw PyErrors.ValueError($"{Name}() requires a code object with {free} free vars, not {code.Names.FreeVars.Length}");
                // The name and qualname belong to the function, not to its code: keep them.
                ExtrasForWrite.Name ??= Code.Names.Name;
                ExtrasForWrite.QualifiedName ??= Code.Names.QualifiedName;
                Code = code;
                return true;
            case "__closure__" or "__globals__" or "__builtins__":
                throw PyErrors.AttributeError("readonly attribute");
            default:
                (ExtrasForWrite.Attributes ??= new PyDict())[name] = value;
                return true;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"<function {QualifiedName}>";

    private Extras ExtrasForWrite => _extras ??= new Extras();

    // What a function rarely has: assigned names, a doc or module, attributes, keyword-only defaults.
    private sealed class Extras
    {
        public string? Name;
        public string? QualifiedName;
        public object? Doc;
        public object? Module;
        public PyDict? Attributes;
        public PyDict? KwDefaults;
        public PyDict? Annotations;
    }
}
