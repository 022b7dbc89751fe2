using System.Runtime.CompilerServices;
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
/// compiled frame protocol exactly (Compilation's LowerBody): <see cref="PyFrames.Enter"/>; under an
/// exception filter <see cref="PyFrames.ShouldConvert"/> that records the traceback entry at the
/// current line, the prologue (global cells, cells of captured locals seeded from their parameters,
/// unbound locals) and the body; <see cref="PyFrames.Exit"/> on the way out.
/// </remarks>
internal sealed class InterpretedCode
{
    private readonly PyCode _code;
    private readonly ExecStmt? _body;
    private readonly ExecExpr? _lambdaBody;
    private readonly int _localCount;
    private readonly int _parameterCount;
    private readonly int _cellCount;
    private readonly (int Cell, int Seed)[] _cells;
    private readonly bool _usesGlobals;

    public InterpretedCode(PyCode code, FrameLayout layout, int parameterCount, IEnumerable<(int, int)> cells, ExecStmt? body, ExecExpr? lambdaBody)
    {
        _code = code;
        _body = body;
        _lambdaBody = lambdaBody;
        _localCount = layout.LocalCount;
        _parameterCount = parameterCount;
        _cellCount = layout.CellCount;
        _cells = cells.ToArray();
        _usesGlobals = layout.GlobalNames.Count > 0;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object Invoke0(PyFunction function, FrameCounter frames) => Run(NewFrame(function, frames));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object Invoke1(PyFunction function, FrameCounter frames, object a0)
    {
        var frame = NewFrame(function, frames);
        frame.SetLocal(0, a0);
        return Run(frame);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object Invoke2(PyFunction function, FrameCounter frames, object a0, object a1)
    {
        var frame = NewFrame(function, frames);
        frame.SetLocal(0, a0);
        frame.SetLocal(1, a1);
        return Run(frame);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object Invoke3(PyFunction function, FrameCounter frames, object a0, object a1, object a2)
    {
        var frame = NewFrame(function, frames);
        frame.SetLocal(0, a0);
        frame.SetLocal(1, a1);
        frame.SetLocal(2, a2);
        return Run(frame);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object InvokeGeneral(PyFunction function, FrameCounter frames, object[] slots)
    {
        var frame = NewFrame(function, frames);
        Array.Copy(slots, frame.Locals, _parameterCount);
        return Run(frame);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Frame NewFrame(PyFunction function, FrameCounter frames) =>
        new(function, frames, _localCount == 0 ? [] : new object[_localCount], _cellCount == 0 ? null : new StrongBox<object>[_cellCount], _code.FirstLine);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object Run(Frame frame)
    {
        var frames = frame.Frames;
        PyFrames.Enter(frames);
        try
        {
            Prologue(frame);
            if (_lambdaBody is not null) frame.ReturnValue = _lambdaBody.Evaluate(frame);
            else _body!.Execute(frame);
        }
        catch (Exception error) when (PyFrames.ShouldConvert(error, frames, frame.Function, frame.Line))
        {
            throw PyFrames.Unwind(error, frames, frame.Function, frame.Line);
        }
        PyFrames.Exit(frames);
        return frame.ReturnValue ?? PyNone.Instance;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Prologue(Frame frame)
    {
        if (_usesGlobals) frame.Globals = _code.GetGlobalCells(frame.Function.Globals);
        var locals = frame.Locals;
        foreach (var (cell, seed) in _cells)
            frame.Cells![cell] = new StrongBox<object>(seed >= 0 ? locals[seed] : PyUnbound.Instance);
        // Every slot past the parameters starts unbound: the code's own locals as the compiled
        // prologue unbinds them, and the slots of inlined scopes, which they reset on entry anyway.
        if (locals.Length > _parameterCount)
            Array.Fill(locals, PyUnbound.Instance, _parameterCount, locals.Length - _parameterCount);
    }
}
