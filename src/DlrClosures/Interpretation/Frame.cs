using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Interpretation;

/// <summary>
/// The activation of one interpreted code object: what the compiled engine keeps in the IL locals
/// of its lambda. Names were resolved to slots when the code was prepared, so a frame is arrays
/// indexed by number and never a dictionary.
/// </summary>
/// <remarks>
/// One frame per call: the frame itself, its locals array (parameters first, in slot order, then
/// the other plain locals of the code and of the comprehensions and class bodies run inline in it)
/// and, when the code creates cells, its cell array. Free variables are not copied: they are read
/// from the function's closure (<see cref="PyFunction.GetClosureCell"/>), the very boxes <c>__closure__</c> shows.
/// </remarks>
internal sealed partial class Frame
{
    public Frame(PyFunction function, FrameCounter frames, object[] locals, StrongBox<object>[]? cells, int firstLine)
    {
        Function = function;
        Frames = frames;
        Locals = locals;
        Cells = cells;
        Line = firstLine;
    }

    /// <summary>The function being run: its globals, and the frame recorded in tracebacks.</summary>
    public PyFunction Function;

    /// <summary>True while a call runs in this frame; a frame kept for reuse is only taken when free.</summary>
    public bool InUse = true;

    /// <summary>Plain locals by slot; an unassigned one holds <see cref="PyUnbound.Instance"/>. Write through <see cref="SetLocal"/>.</summary>
    public readonly object[] Locals;

    /// <summary>
    /// Stores a local. An <c>object[]</c> element store normally checks array covariance (a helper
    /// call that profiling showed on every assignment); writing through the element reference
    /// does not. Slots come from the frame layout, so they are in range by construction.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetLocal(int slot, object value)
    {
        Debug.Assert((uint)slot < (uint)Locals.Length);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Locals), slot) = value;
    }

    /// <summary>
    /// Creates <paramref name="cells"/>, each a fresh box seeded from its parameter's slot or unbound:
    /// on entry for the code's own cells, and each time an inlined comprehension is evaluated for its.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CreateCells(Binding.CellInit[] cells)
    {
        foreach (var (cell, seed) in cells)
            Cells![cell] = new StrongBox<object>(seed >= 0 ? Locals[seed] : PyUnbound.Instance);
    }

    /// <summary>Cells this frame creates (co_cellvars, then those of inlined comprehensions).</summary>
    public readonly StrongBox<object>[]? Cells;

    /// <summary>The calling thread's frame depth and recursion limit, passed on to the functions this frame calls.</summary>
    public readonly FrameCounter Frames;

    /// <summary>The module cells of the names the code uses, in <see cref="PyCode.GlobalNames"/> order.</summary>
    public StrongBox<object>[] Globals = [];

    /// <summary>The line of the statement being run, for tracebacks (the compiled frame's <c>line</c> local).</summary>
    public int Line;

    /// <summary>
    /// What a <c>return</c> stored: the value of the call once the body completes with
    /// <see cref="Completion.Return"/>; null until then (the call's value is then None), which
    /// spares every call a store.
    /// </summary>
    public object? ReturnValue;

    /// <summary>Back edges taken by the loops of this call that may leave the interpreter (<see cref="LoopResume"/>).</summary>
    public int BackEdges;

    /// <summary>While a <see cref="Completion.Resume"/> travels out: the statements it left, innermost first, with the for loops' iterators.</summary>
    public List<(Binding.ResumeStep Step, PyIterator? Iterator)>? ResumeSteps;

    /// <summary>The loop <paramref name="loop"/> leaves the interpreter at its back edge: the first step of the way out.</summary>
    public Completion BeginResume(Binding.BoundStmt loop, PyIterator? iterator)
    {
        ResumeSteps = [];
        return AddResumeStep(loop, -1, iterator);
    }

    /// <summary>
    /// The loop <paramref name="loop"/> goes on compiled to its end (<see cref="LoopEntry"/>): normal
    /// completion when it ends, a return when a return in it ran. The back-edge count starts again,
    /// so a later loop of the call needs as many before it leaves too.
    /// </summary>
    public Completion RunCompiledLoop(LoopResume resume, Binding.BoundStmt loop, PyIterator? iterator)
    {
        BackEdges = 0;
        var entry = resume.LoopEntryFor(loop);
        var line = new StrongBox<int>(Line);
        TieringCounters.CompiledLoops++;
        object result;
        try
        {
            result = entry(Function, Frames, Locals, Cells, iterator, line);
        }
        catch when (TakeLine(line))
        {
            throw;
        }
        if (ReferenceEquals(result, ResumeSupport.LoopCompleted)) return Completion.Normal;
        ReturnValue = result;
        return Completion.Return;
    }

    /// <summary>The rest of the call in compiled code (<see cref="ResumeEntry"/>), with the iterators of the for loops it is inside; its result is the call's.</summary>
    public object RunResumed(ResumeEntry entry, PyIterator[] iterators)
    {
        var line = new StrongBox<int>(Line);
        TieringCounters.ResumedCalls++;
        try
        {
            return entry(Function, Frames, Locals, Cells, iterators, line);
        }
        catch when (TakeLine(line))
        {
            throw;
        }
    }

    // An exception filter: the compiled code's line becomes this frame's, for its traceback entry.
    private bool TakeLine(StrongBox<int> line)
    {
        Line = line.Value;
        return false;
    }

    /// <summary>One more statement on the way out of a resumed call (for a for loop, with its iterator).</summary>
    public Completion AddResumeStep(Binding.BoundStmt statement, int index, PyIterator? iterator = null)
    {
        ResumeSteps!.Add((new Binding.ResumeStep(statement, index), iterator));
        return Completion.Resume;
    }
}
