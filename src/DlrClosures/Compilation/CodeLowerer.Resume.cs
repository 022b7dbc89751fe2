using System.Runtime.CompilerServices;
using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// On-stack replacement: the compiled rest of a call that began on the interpreter (ResumeEntry).
internal sealed partial class CodeLowerer
{
    /// <summary>
    /// The rest of a call of <paramref name="bound"/> from the back edge of the loop that
    /// <paramref name="path"/> ends at, as a <see cref="ResumeEntry"/> lambda.
    /// </summary>
    /// <remarks>
    /// The whole body is translated as for a call (<see cref="LowerFrame"/>), once, and entered in
    /// the middle: the entry loads every local and cell variable from the interpreter's arrays (the
    /// same slots: both engines lay the frame out by the bound <see cref="FrameLayout"/>), clears the
    /// locals array (which would otherwise keep the values it held alive to the end of the call), puts the
    /// interpreter's iterators in the variables of the for loops the call is inside (variables of
    /// the whole lambda for those loops), and jumps to the next iteration of the path's last loop
    /// (its continue label). From there the code runs as it would have: the loop's next iterations,
    /// the rest of the enclosing loop's body, that loop's next iterations, and so on out to the end
    /// of the body. The interpreter stops only on paths of blocks, if branches and loop bodies
    /// (<see cref="ResumePath"/>), so the jump enters no try, with or expression.
    /// <code>
    /// (fn, frames, object[] locals, StrongBox[] cells, PyIterator[] iterators, StrongBox&lt;int&gt; line) =>
    ///     locals, cells, free cells and path iterators loaded; line = line.Value;
    ///     try { goto resume; body (with the label resume: at the last loop's next iteration) }
    ///     catch when (ResumeSupport.RecordLine(line, current line)) { }   // never caught
    ///     return: return result;
    /// </code>
    /// There is no frame entry or exit: the interpreter's frame is the Python frame of the call.
    /// </remarks>
    public static Linq.Expression<ResumeEntry> LowerResume(BoundCode bound, PyCode code, ResumePath path, Func<BoundCode, PyCode>? createNested) =>
        new CodeLowerer(bound, code, createNested).LowerResumeFrame(path);

    // The for loops of the resume path with the variables holding their iterators, and the path's
    // last loop, whose continue label the entry jumps to: set for a resume lambda only.
    private Dictionary<BoundStmt, Linq.ParameterExpression>? _resumeIterators;
    private BoundStmt? _resumeLoop;
    private Linq.LabelTarget? _resumeLabel;

    private Linq.Expression<ResumeEntry> LowerResumeFrame(ResumePath path)
    {
        var locals = Linq.Expression.Parameter(typeof(object[]), "locals");
        var cells = Linq.Expression.Parameter(typeof(StrongBox<object>[]), "cells");
        var iterators = Linq.Expression.Parameter(typeof(PyIterator[]), "iterators");
        var line = Linq.Expression.Parameter(typeof(StrongBox<int>), "line");

        _resumeIterators = new(ReferenceEqualityComparer.Instance);
        var entry = new List<Linq.Expression>();
        foreach (var step in path.Steps)
        {
            if (step.Statement is not BoundFor loop) continue;
            var iterator = Linq.Expression.Variable(typeof(PyIterator), "resumed_iterator");
            _resumeIterators.Add(loop, iterator);
            entry.Add(Linq.Expression.Assign(iterator, Linq.Expression.ArrayIndex(iterators, Linq.Expression.Constant(step.Index))));
        }
        _resumeLoop = path.Steps[^1].Statement;
        var body = Lower(_bound.Body);
        if (_resumeLabel is null) throw new InvalidOperationException("the resume path's loop is not in this code's body");

        var (variables, prologue) = EnterMidway(locals, cells, entry, body);

        var lambdaBody = Linq.Expression.Block(
            typeof(object),
            variables,
            Linq.Expression.Assign(_result, s_none),
            Linq.Expression.Assign(_line, Linq.Expression.Field(line, nameof(StrongBox<int>.Value))),
            HandingBackTheLine(Linq.Expression.Block(typeof(void), prologue), line),
            Linq.Expression.Label(_return),
            _result);
        return Linq.Expression.Lambda<ResumeEntry>(lambdaBody, _code.Names.QualifiedName + " (resumed)",
            [_function, _frames, locals, cells, iterators, line]);
    }

    /// <summary>
    /// One loop of a call of <paramref name="bound"/>, from its back edge to its end, as a
    /// <see cref="LoopEntry"/> lambda: for a loop the interpreter cannot leave the call from
    /// (inside a comprehension, a try or with block, an else clause), which returns to the
    /// interpreter when it ends.
    /// </summary>
    /// <remarks>
    /// The loop statement alone is translated, entered at its continue label as in
    /// <see cref="LowerResume"/>, inside a try whose finally writes every local back to the
    /// interpreter's array (also when an exception leaves, since a handler around the loop may read
    /// them); the array is cleared once the locals are loaded, so that it keeps nothing alive
    /// meanwhile. A return in the loop jumps to the end with its value; the finally clauses between
    /// it and the loop run in the lambda (their count is clamped there, see <see cref="VisitReturn"/>),
    /// the ones outside in the interpreter, which goes on with the value as a return.
    /// </remarks>
    public static Linq.Expression<LoopEntry> LowerLoop(BoundCode bound, PyCode code, BoundStmt loop, Func<BoundCode, PyCode>? createNested) =>
        new CodeLowerer(bound, code, createNested).LowerLoopFrame(loop);

    // Set while translating a single loop (LowerLoop): a return counts only the finally clauses inside it.
    private bool _loopOnly;

    private Linq.Expression<LoopEntry> LowerLoopFrame(BoundStmt loop)
    {
        var locals = Linq.Expression.Parameter(typeof(object[]), "locals");
        var cells = Linq.Expression.Parameter(typeof(StrongBox<object>[]), "cells");
        var iterator = Linq.Expression.Parameter(typeof(PyIterator), "iterator");
        var line = Linq.Expression.Parameter(typeof(StrongBox<int>), "line");

        _loopOnly = true;
        _resumeIterators = new(ReferenceEqualityComparer.Instance);
        var entry = new List<Linq.Expression>();
        if (loop is BoundFor)
        {
            var variable = Linq.Expression.Variable(typeof(PyIterator), "resumed_iterator");
            _resumeIterators.Add(loop, variable);
            entry.Add(Linq.Expression.Assign(variable, iterator));
        }
        _resumeLoop = loop;
        var body = Lower(loop);
        if (_resumeLabel is null) throw new InvalidOperationException("the loop is not a for or while loop");

        var (variables, prologue) = EnterMidway(locals, cells, entry, body);

        var writeBack = _locals.Select((local, i) =>
            (Linq.Expression)Linq.Expression.Assign(Linq.Expression.ArrayAccess(locals, Linq.Expression.Constant(i)), local)).ToList();
        writeBack.Add(Linq.Expression.Empty());
        var lambdaBody = Linq.Expression.Block(
            typeof(object),
            variables,
            Linq.Expression.Assign(_result, Linq.Expression.Constant(ResumeSupport.LoopCompleted)),
            Linq.Expression.Assign(_line, Linq.Expression.Field(line, nameof(StrongBox<int>.Value))),
            Linq.Expression.TryFinally(
                HandingBackTheLine(Linq.Expression.Block(typeof(void), prologue), line),
                Linq.Expression.Block(typeof(void), writeBack)),
            Linq.Expression.Label(_return),
            _result);
        return Linq.Expression.Lambda<LoopEntry>(lambdaBody, _code.Names.QualifiedName + " (loop)",
            [_function, _frames, locals, cells, iterator, line]);
    }

    /// <summary>
    /// The variables and the statements of a lambda that enters the body in the middle (both kinds
    /// above): the global cells resolved, every local and cell variable loaded from the
    /// interpreter's arrays and the free cells from the closure, the locals array cleared (the
    /// interpreter's frame would otherwise keep its values alive while the compiled code runs),
    /// <paramref name="entry"/> (the iterators), the jump to the resume label, then <paramref name="body"/>.
    /// </summary>
    private (List<Linq.ParameterExpression> Variables, List<Linq.Expression> Statements) EnterMidway(
        Linq.ParameterExpression locals, Linq.ParameterExpression cells, List<Linq.Expression> entry, Linq.Expression body)
    {
        var variables = new List<Linq.ParameterExpression> { _line, _globalCells };
        variables.AddRange(_locals);
        variables.AddRange(_frees);
        variables.AddRange(_cells);
        variables.AddRange(_resumeIterators!.Values);
        variables.Add(_result);

        var statements = new List<Linq.Expression>();
        if (_bound.Frame.GlobalNames.Length > 0)
            statements.Add(Linq.Expression.Assign(_globalCells, Linq.Expression.Call(
                Linq.Expression.Constant(_code), nameof(PyCode.GetGlobalCells), null,
                Linq.Expression.Property(_function, nameof(PyFunction.Globals)))));
        for (int i = 0; i < _locals.Length; i++)
            statements.Add(Linq.Expression.Assign(_locals[i], Linq.Expression.ArrayIndex(locals, Linq.Expression.Constant(i))));
        for (int i = 0; i < _cells.Length; i++)
            statements.Add(Linq.Expression.Assign(_cells[i], Linq.Expression.ArrayIndex(cells, Linq.Expression.Constant(i))));
        for (int i = 0; i < _frees.Length; i++)
            statements.Add(Linq.Expression.Assign(_frees[i], Linq.Expression.Call(
                _function, nameof(PyFunction.GetClosureCell), null, Linq.Expression.Constant(i))));
        statements.Add(Linq.Expression.Call(typeof(Array), nameof(Array.Clear), null, locals));
        statements.AddRange(entry);
        statements.Add(Linq.Expression.Goto(_resumeLabel!));
        statements.Add(body);
        return (variables, statements);
    }

    // body, under a filter that never catches: an exception leaving it first hands the current line
    // back to the interpreter's frame (ResumeSupport.RecordLine), which records the traceback entry.
    private Linq.Expression HandingBackTheLine(Linq.Expression body, Linq.ParameterExpression line)
    {
        var exception = Linq.Expression.Parameter(typeof(Exception), "error");
        return Linq.Expression.TryCatch(body,
            Linq.Expression.Catch(exception, Linq.Expression.Rethrow(),
                Linq.Expression.Call(typeof(ResumeSupport), nameof(ResumeSupport.RecordLine), null, line, _line)));
    }
}
