using System.Runtime.CompilerServices;
using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Interpretation;

/// <summary>
/// The prepared body of one code object, and the delegate its <see cref="PyCode"/> runs: the
/// interpreter's answer to <c>LambdaExpression.Compile</c>. A code object of the fast shape gets an
/// arity-specialised entry point (<see cref="Invoke1"/> ...), so a call through
/// <c>PyCallable.Call1</c> from any engine or host reaches the node tree with no argument array.
/// </summary>
/// <remarks>
/// Each entry point allocates the frame and its locals, then <see cref="Run"/> follows the
/// frame protocol of <see cref="PyFrames"/>: <see cref="PyFrames.Enter"/>; under an
/// exception filter <see cref="PyFrames.ShouldConvert"/> that records the traceback entry at the
/// current line, the prologue (global cells, cells of captured locals seeded from their parameters,
/// unbound locals) and the body; <see cref="PyFrames.Exit"/> on the way out.
/// </remarks>
internal sealed partial class InterpretedCode
{
    private readonly PyCode _code;
    private readonly ExecStmt? _body;
    private readonly ExecExpr? _returnValue;
    private readonly int _returnLine;
    private readonly int _localCount;
    private readonly int _parameterCount;
    private readonly int _cellCount;
    private readonly CellInit[] _cells;
    private readonly bool _usesGlobals;
    private readonly LoopResume? _resume;

    /// <param name="code">The code object whose body this is.</param>
    /// <param name="layout">The bound frame layout.</param>
    /// <param name="body">The executable body, unless it is one return statement.</param>
    /// <param name="returnValue">Else the value that return statement returns,</param>
    /// <param name="returnLine">and the line it records (0: none).</param>
    /// <param name="localCount">The frame's local slots: the layout's, and the interpreter's own after them.</param>
    /// <param name="resume">How a call leaves the interpreter in a loop, when it may.</param>
    public InterpretedCode(PyCode code, FrameLayout layout, ExecStmt? body, ExecExpr? returnValue, int returnLine, int localCount, LoopResume? resume)
    {
        _resume = resume;
        _code = code;
        _body = body;
        _returnValue = returnValue;
        _returnLine = returnLine;
        _localCount = localCount;
        _parameterCount = layout.ParameterCount;
        _cellCount = layout.CellCount;
        _cells = [.. layout.EntryCells];
        _usesGlobals = layout.GlobalNames.Length > 0;
    }

    /// <summary>The entry point for <see cref="PyCode"/>: arity-specialised for fast code, else the slot-array form.</summary>
    public Delegate CreateDelegate()
    {
        if (!_code.IsFast) return new Func<PyFunction, FrameCounter, object[], object>(InvokeGeneral);
        return _parameterCount switch
        {
            0 => new Func<PyFunction, FrameCounter, object>(Invoke0),
            1 => new Func<PyFunction, FrameCounter, object, object>(Invoke1),
            2 => new Func<PyFunction, FrameCounter, object, object, object>(Invoke2),
            _ => new Func<PyFunction, FrameCounter, object, object, object, object>(Invoke3),
        };
    }

    private object Invoke0(PyFunction function, FrameCounter frames) => Run(NewFrame(function, frames));

    private object Invoke1(PyFunction function, FrameCounter frames, object a0)
    {
        var frame = NewFrame(function, frames);
        frame.SetLocal(0, a0);
        return Run(frame);
    }

    private object Invoke2(PyFunction function, FrameCounter frames, object a0, object a1)
    {
        var frame = NewFrame(function, frames);
        frame.SetLocal(0, a0);
        frame.SetLocal(1, a1);
        return Run(frame);
    }

    private object Invoke3(PyFunction function, FrameCounter frames, object a0, object a1, object a2)
    {
        var frame = NewFrame(function, frames);
        frame.SetLocal(0, a0);
        frame.SetLocal(1, a1);
        frame.SetLocal(2, a2);
        return Run(frame);
    }

    private object InvokeGeneral(PyFunction function, FrameCounter frames, object[] slots)
    {
        var frame = NewFrame(function, frames);
        Array.Copy(slots, frame.Locals, _parameterCount);
        return Run(frame);
    }

    private Frame NewFrame(PyFunction function, FrameCounter frames)
    {
        if (IsGenerator) return GeneratorFrame(function, frames);
        // Reuse the frame the last call at this depth left, when it has this code's shape: a call
        // then allocates nothing but its boxes (profiling showed frame allocation at a fifth of a call).
        int depth = frames.Depth;
        var cache = frames.FrameCache;
        if ((uint)depth < (uint)cache.Length && cache[depth] is Frame cached && !cached.InUse
            && cached.Locals.Length == _localCount && (cached.Cells?.Length ?? 0) == _cellCount)
        {
            cached.Function = function;
            cached.Line = _code.FirstLine;
            cached.InUse = true;
            return cached;
        }
        var frame = new Frame(function, frames, _localCount == 0 ? [] : new object[_localCount],
            _cellCount == 0 ? null : new StrongBox<object>[_cellCount], _code.FirstLine);
        if (depth >= cache.Length) frames.FrameCache = cache = GrowCache(cache, depth);
        cache[depth] = frame;
        return frame;
    }

    private static object?[] GrowCache(object?[] cache, int depth)
    {
        var grown = new object?[Math.Max(depth + 1, Math.Max(16, cache.Length * 2))];
        cache.CopyTo(grown, 0);
        return grown;
    }

    // A finished frame keeps no values alive: its slots are cleared before it waits for reuse.
    private static void Release(Frame frame)
    {
        Array.Clear(frame.Locals);
        if (frame.Cells is { } cells) Array.Clear(cells);
        frame.ReturnValue = null;
        frame.BackEdges = 0;
        frame.ResumeSteps = null;
        frame.InUse = false;
    }

    private object Run(Frame frame)
    {
        if (IsGenerator) return StartGenerator(frame);
        var frames = frame.Frames;
        PyFrames.Enter(frames);
        try
        {
            Prologue(frame);
            if (_returnValue is null)
            {
                if (_body!.Execute(frame) == Completion.Resume) frame.ReturnValue = Resume(frame);
            }
            else
            {
                if (_returnLine != 0) frame.Line = _returnLine;
                frame.ReturnValue = _returnValue.Evaluate(frame);
            }
            PyFrames.Exit(frames);
            return frame.ReturnValue ?? PyNone.Instance;
        }
        catch (Exception error) when (PyFrames.ShouldConvert(error, frames, frame.Function, frame.Line))
        {
            throw PyFrames.Unwind(error, frames, frame.Function, frame.Line);
        }
        finally
        {
            // After the return value is read and after the filter has recorded the line.
            Release(frame);
        }
    }

    /// <summary>
    /// The rest of the call in compiled code: the steps the frame collected on the way out, outermost
    /// first, each for loop's iterator in that order; the frame's line follows the compiled code's
    /// when an exception leaves it, so the traceback entry this frame records is right.
    /// </summary>
    private object Resume(Frame frame)
    {
        var collected = frame.ResumeSteps!;
        frame.ResumeSteps = null;
        var steps = new ResumeStep[collected.Count];
        var iterators = new List<PyIterator>();
        for (int i = 0; i < steps.Length; i++)
        {
            var (step, iterator) = collected[collected.Count - 1 - i];
            if (iterator is not null)
            {
                step = step with { Index = iterators.Count };
                iterators.Add(iterator);
            }
            steps[i] = step;
        }
        return frame.RunResumed(_resume!.ResumeEntryFor(new ResumePath(steps)), [.. iterators]);
    }

    private void Prologue(Frame frame)
    {
        if (_usesGlobals) frame.Globals = _code.GetGlobalCells(frame.Function.Globals);
        var locals = frame.Locals;
        frame.CreateCells(_cells);
        // Every slot past the parameters starts unbound: the code's own locals (the layout's
        // EntryUnbound), and the slots of inlined scopes and temporaries, which are written before
        // they are read anyway; one fill costs less than a loop over EntryUnbound.
        if (locals.Length > _parameterCount)
            Array.Fill(locals, PyUnbound.Instance, _parameterCount, locals.Length - _parameterCount);
    }
}
