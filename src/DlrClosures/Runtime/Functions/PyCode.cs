using System.Runtime.CompilerServices;
using DlrClosures.Text;

namespace DlrClosures.Runtime.Functions;

/// <summary>
/// A compiled <c>def</c>, <c>lambda</c> or module body: CPython's code object. There is one per
/// definition site, made when the enclosing code is compiled; every function object created from
/// that site shares it, so creating a closure never compiles anything.
/// </summary>
/// <remarks>
/// Calling convention. A code object whose parameters are only positional (no <c>*args</c>,
/// keyword-only or <c>**kwargs</c>) and at most <see cref="MaxFastArity"/> of them is compiled to
/// an arity-specialised delegate, <c>Func&lt;PyFunction, FrameCounter, object, ..., object&gt;</c>, so a
/// positional call passes its arguments in registers and allocates nothing. Every other code object
/// takes its bound parameter slots as one <c>object[]</c> (<see cref="General"/>). The
/// <see cref="FrameCounter"/> is the calling thread's: compiled callers pass the one they hold,
/// other callers fetch it (<see cref="PyFrames.Counter"/>).
/// The body is compiled on first call, not at definition: a module defines many functions that
/// a run never calls.
/// </remarks>
internal sealed class PyCode
{
    /// <summary>The largest positional arity compiled to a specialised delegate.</summary>
    public const int MaxFastArity = 3;

    private readonly Func<PyCode, Delegate> _compile;
    private readonly object _compileLock = new();
    private GlobalCache _globalCache = GlobalCache.Empty;

    public PyCode(CodeSignature signature, CodeNames names, SourceText source, int firstLine,
        Func<PyCode, Delegate> compile)
    {
        Signature = signature;
        Names = names;
        Source = source;
        FirstLine = firstLine;
        _compile = compile;
    }

    /// <summary>Parameters and the shape of the compiled delegate.</summary>
    public CodeSignature Signature { get; }

    /// <summary>Names: function name and qualname, co_varnames, co_freevars, co_cellvars.</summary>
    public CodeNames Names { get; }

    /// <summary>
    /// Module-level names the body reads or writes, in the order of its global cells; known once
    /// the body has been lowered (the compiler sets it before the body first runs).
    /// </summary>
    public string[] GlobalNames { get; internal set; } = [];

    /// <summary>The file this code came from, for tracebacks.</summary>
    public SourceText Source { get; }

    /// <summary>co_firstlineno.</summary>
    public int FirstLine { get; }

    /// <summary>The docstring: the string literal that opens a def's body, else null.</summary>
    public string? Doc { get; init; }

    /// <summary>True when the body is compiled to an arity-specialised delegate.</summary>
    public bool IsFast => Signature.IsFast;

    // Compiled entry points; exactly one is set once the body is compiled. Each takes the calling
    // thread's frame counter, which a caller in compiled code already holds, so a Python-to-Python
    // call reads no thread-local storage.
    internal Func<PyFunction, FrameCounter, object>? Fast0;
    internal Func<PyFunction, FrameCounter, object, object>? Fast1;
    internal Func<PyFunction, FrameCounter, object, object, object>? Fast2;
    internal Func<PyFunction, FrameCounter, object, object, object, object>? Fast3;
    internal Func<PyFunction, FrameCounter, object[], object>? General;

    private bool IsCompiled => Fast0 is not null || Fast1 is not null || Fast2 is not null || Fast3 is not null || General is not null;

    /// <summary>Compiles the body if that has not happened yet (thread-safe, once).</summary>
    public void EnsureCompiled()
    {
        if (IsCompiled) return;
        lock (_compileLock)
        {
            if (IsCompiled) return;
            SetEntry(_compile(this));
        }
    }

    /// <summary>The entry point set by <see cref="EnsureCompiled"/>, or null before.</summary>
    internal Delegate? Entry => (Delegate?)Fast0 ?? (Delegate?)Fast1 ?? (Delegate?)Fast2 ?? (Delegate?)Fast3 ?? General;

    /// <summary>
    /// Replaces the entry point with <paramref name="entry"/>, of the same shape: code that ran its
    /// first calls on the interpreter switching to its compiled body. Calls already running finish
    /// on the old entry; a reader sees one or the other, both whole.
    /// </summary>
    internal void ReplaceEntry(Delegate entry)
    {
        lock (_compileLock) SetEntry(entry);
    }

    private void SetEntry(Delegate entry)
    {
        switch (entry)
        {
            case Func<PyFunction, FrameCounter, object> f0: Fast0 = f0; break;
            case Func<PyFunction, FrameCounter, object, object> f1: Fast1 = f1; break;
            case Func<PyFunction, FrameCounter, object, object, object> f2: Fast2 = f2; break;
            case Func<PyFunction, FrameCounter, object, object, object, object> f3: Fast3 = f3; break;
            case Func<PyFunction, FrameCounter, object[], object> general: General = general; break;
            default: throw new InvalidOperationException($"unexpected delegate type {entry.GetType()}");
        }
    }

    public StrongBox<object>[] GetGlobalCells(PyGlobals globals)
    {
        var cache = _globalCache;
        return ReferenceEquals(cache.Namespace, globals) ? cache.Cells : ResolveGlobals(globals);
    }

    private StrongBox<object>[] ResolveGlobals(PyGlobals globals)
    {
        var names = GlobalNames;
        var cells = new StrongBox<object>[names.Length];
        for (int i = 0; i < names.Length; i++) cells[i] = globals.GetCell(names[i]);
        _globalCache = new GlobalCache(globals, cells);
        return cells;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"<code object {Names.Name}, file \"{Source.Path}\", line {FirstLine}>";

    private sealed record GlobalCache(PyGlobals? Namespace, StrongBox<object>[] Cells)
    {
        public static readonly GlobalCache Empty = new(null, []);
    }
}
