using System.Runtime.CompilerServices;
using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Generators;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Generators in the compiled engine: the resume points the binder numbered (GeneratorInfo) become
// labels of one step lambda, entered by a switch on the state at its start.
//
// The step runs with the locals in IL variables, as any compiled body: it loads them (and cells,
// and the iterators of loops and delegates of `yield from` that live across a yield, held in
// variables of the whole lambda) from the heap frame (GeneratorFrame) on entry, and stores them
// back when it suspends. The call of the generator function runs the usual prologue (arguments,
// cells) and hands the values to a new generator object (CompiledGeneratorBody.Start).
//
// System.Linq.Expressions cannot jump into a try, catch or finally block, so a body whose yield
// sits inside a try statement (or inside a for loop that closes its generator, which puts a try
// around itself) is not compiled: Lowerer.NeedsInterpreter sends it to the interpreter, which runs
// the same resume points structurally (Interpretation/GeneratorNodes).
internal sealed partial class CodeLowerer
{
    // While lowering a generator's step: its heap frame, the label of each resume point, and the
    // variables that live across yields besides the frame's locals and cells.
    private Linq.ParameterExpression? _generatorFrame;
    private readonly List<(int State, Linq.LabelTarget Label)> _resumePoints = [];
    private readonly List<Linq.ParameterExpression> _generatorExtras = [];

    // For a generator's entry point: the compiled step it hands to each generator it makes.
    private (GeneratorStep Step, int ExtraCount)? _generatorStep;

    /// <summary>Whether the compiled engine runs <paramref name="bound"/>, a generator's body: no resume point inside a try statement or a closing for loop.</summary>
    public static bool CanCompileGenerator(BoundCode bound) => !YieldInsideTry(bound.Body, bound.Generator!);

    private static bool YieldInsideTry(BoundStmt statement, GeneratorInfo generator)
    {
        if (!generator.HasYield(statement)) return false;
        return statement switch
        {
            BoundTry => true,
            BoundFor { ClosesIterator: true } => true,
            BoundBlock block => block.Statements.Any(child => YieldInsideTry(child, generator)),
            BoundIf s => YieldInsideTry(s.Then, generator) || YieldInsideTry(s.Else, generator),
            BoundWhile s => YieldInsideTry(s.Body, generator) || YieldInsideTry(s.OrElse, generator),
            BoundFor s => YieldInsideTry(s.Body, generator) || YieldInsideTry(s.OrElse, generator),
            BoundYield or BoundYieldFrom => false,
            // A statement kind this walk does not know: not compiled.
            _ => true,
        };
    }

    /// <summary>The compiled form of a generator's body (<paramref name="bound"/>, whose code object is <paramref name="code"/>): its entry point, made with its compiled step.</summary>
    public static Delegate CompileGenerator(BoundCode bound, PyCode code, Func<BoundCode, PyCode>? createNested)
    {
        var stepLowerer = new CodeLowerer(bound, code, createNested);
        var step = (GeneratorStep)stepLowerer.LowerStep().Compile();
        var entry = new CodeLowerer(bound, code, createNested) { _generatorStep = (step, stepLowerer._generatorExtras.Count) };
        return entry.LowerFrame().Compile();
    }

    // The call of a generator function: after the prologue, the generator object over the frame's values.
    private Linq.Expression StartGenerator()
    {
        var (step, extraCount) = _generatorStep!.Value;
        return Linq.Expression.Block(
            Linq.Expression.Assign(_result, Linq.Expression.Call(typeof(CompiledGeneratorBody), nameof(CompiledGeneratorBody.Start), null,
                Linq.Expression.Constant(step), _function,
                Linq.Expression.NewArrayInit(typeof(object), _locals),
                Linq.Expression.NewArrayInit(typeof(StrongBox<object>), _cells),
                Linq.Expression.Constant(extraCount), Linq.Expression.Constant(_bound.FirstLine))),
            Linq.Expression.Return(_return));
    }

    /// <summary>
    /// The step: <c>(fn, frames, generator) =&gt;</c> frame entry; under the frame's exception filter,
    /// globals, free cells, locals, cells and extras loaded, <c>switch (generator.State)</c> to the
    /// resume point's label, the body; frame exit; the return value, or <see cref="GeneratorFrame.Suspended"/>.
    /// </summary>
    private Linq.Expression<GeneratorStep> LowerStep()
    {
        var generator = Linq.Expression.Parameter(typeof(GeneratorFrame), "generator");
        _generatorFrame = generator;
        _resumeIterators = new(ReferenceEqualityComparer.Instance);
        AddLoopIterators(_bound.Body);
        var body = Lower(_bound.Body);

        var variables = new List<Linq.ParameterExpression> { _line, _globalCells };
        variables.AddRange(_locals);
        variables.AddRange(_frees);
        variables.AddRange(_cells);
        variables.AddRange(_generatorExtras);
        variables.Add(_result);

        var statements = new List<Linq.Expression>();
        if (_bound.Frame.GlobalNames.Length > 0)
            statements.Add(Linq.Expression.Assign(_globalCells, Linq.Expression.Call(
                Linq.Expression.Constant(_code), nameof(PyCode.GetGlobalCells), null,
                Linq.Expression.Property(_function, nameof(PyFunction.Globals)))));
        for (int i = 0; i < _frees.Length; i++)
            statements.Add(Linq.Expression.Assign(_frees[i], Linq.Expression.Call(
                _function, nameof(PyFunction.GetClosureCell), null, Linq.Expression.Constant(i))));
        var locals = Linq.Expression.Field(generator, nameof(GeneratorFrame.Locals));
        var cells = Linq.Expression.Field(generator, nameof(GeneratorFrame.Cells));
        var extras = Linq.Expression.Field(generator, nameof(GeneratorFrame.Extra));
        for (int i = 0; i < _locals.Length; i++)
            statements.Add(Linq.Expression.Assign(_locals[i], Linq.Expression.ArrayIndex(locals, Linq.Expression.Constant(i))));
        for (int i = 0; i < _cells.Length; i++)
            statements.Add(Linq.Expression.Assign(_cells[i], Linq.Expression.ArrayIndex(cells, Linq.Expression.Constant(i))));
        for (int i = 0; i < _generatorExtras.Count; i++)
            statements.Add(Linq.Expression.Assign(_generatorExtras[i],
                Linq.Expression.Convert(Linq.Expression.ArrayIndex(extras, Linq.Expression.Constant(i)), _generatorExtras[i].Type)));
        statements.Add(Linq.Expression.Assign(_line, Linq.Expression.Field(generator, nameof(GeneratorFrame.Line))));
        if (_resumePoints.Count > 0)
            statements.Add(Linq.Expression.Switch(Linq.Expression.Field(generator, nameof(GeneratorFrame.State)), null, null,
                _resumePoints.Select(point => Linq.Expression.SwitchCase(Linq.Expression.Goto(point.Label), Linq.Expression.Constant(point.State)))));
        statements.Add(body);

        var exception = Linq.Expression.Parameter(typeof(Exception), "error");
        var lambdaBody = Linq.Expression.Block(
            typeof(object),
            variables,
            Linq.Expression.Call(typeof(PyFrames), nameof(PyFrames.Enter), null, _frames),
            Linq.Expression.Assign(_result, s_none),
            Linq.Expression.TryCatch(
                Linq.Expression.Block(typeof(void), statements),
                Linq.Expression.Catch(exception,
                    Linq.Expression.Throw(Linq.Expression.Call(typeof(PyFrames), nameof(PyFrames.Unwind), null,
                        exception, _frames, _function, _line)),
                    Linq.Expression.Call(typeof(PyFrames), nameof(PyFrames.ShouldConvert), null,
                        exception, _frames, _function, _line))),
            Linq.Expression.Label(_return),
            Linq.Expression.Call(typeof(PyFrames), nameof(PyFrames.Exit), null, _frames),
            _result);
        return Linq.Expression.Lambda<GeneratorStep>(lambdaBody, _code.Names.QualifiedName + " (generator)", [_function, _frames, generator]);
    }

    // Every for loop with a resume point in its body keeps its iterator in a variable of the whole step.
    private void AddLoopIterators(BoundStmt statement)
    {
        if (!_bound.Generator!.HasYield(statement)) return;
        switch (statement)
        {
            case BoundBlock block:
                foreach (var child in block.Statements) AddLoopIterators(child);
                break;
            case BoundIf s:
                AddLoopIterators(s.Then);
                AddLoopIterators(s.Else);
                break;
            case BoundWhile s:
                AddLoopIterators(s.Body);
                AddLoopIterators(s.OrElse);
                break;
            case BoundFor s:
                var iterator = Linq.Expression.Variable(typeof(PyIterator), "iterator");
                _resumeIterators![s] = iterator;
                _generatorExtras.Add(iterator);
                AddLoopIterators(s.Body);
                AddLoopIterators(s.OrElse);
                break;
        }
    }

    // Suspending: every value that lives across the yield goes to the heap frame, with the state
    // and line, and the step returns; no finally clause runs (none encloses a compiled yield).
    private Linq.Expression Suspend(int state)
    {
        var generator = _generatorFrame!;
        var locals = Linq.Expression.Field(generator, nameof(GeneratorFrame.Locals));
        var cells = Linq.Expression.Field(generator, nameof(GeneratorFrame.Cells));
        var extras = Linq.Expression.Field(generator, nameof(GeneratorFrame.Extra));
        var save = new List<Linq.Expression>();
        for (int i = 0; i < _locals.Length; i++)
            save.Add(Linq.Expression.Assign(Linq.Expression.ArrayAccess(locals, Linq.Expression.Constant(i)), _locals[i]));
        for (int i = 0; i < _cells.Length; i++)
            save.Add(Linq.Expression.Assign(Linq.Expression.ArrayAccess(cells, Linq.Expression.Constant(i)), _cells[i]));
        for (int i = 0; i < _generatorExtras.Count; i++)
            save.Add(Linq.Expression.Assign(Linq.Expression.ArrayAccess(extras, Linq.Expression.Constant(i)),
                Linq.Expression.Convert(_generatorExtras[i], typeof(object))));
        save.Add(Linq.Expression.Assign(Linq.Expression.Field(generator, nameof(GeneratorFrame.Line)), _line));
        save.Add(Linq.Expression.Assign(Linq.Expression.Field(generator, nameof(GeneratorFrame.State)), Linq.Expression.Constant(state)));
        save.Add(Linq.Expression.Assign(_result, Linq.Expression.Constant(GeneratorFrame.Suspended)));
        save.Add(Linq.Expression.Return(_return));
        return Linq.Expression.Block(typeof(void), save);
    }

    public Linq.Expression VisitYield(BoundYield node)
    {
        var generator = _generatorFrame ?? throw new InvalidOperationException("a yield outside a generator's step");
        var label = Linq.Expression.Label("resume" + node.State);
        _resumePoints.Add((node.State, label));
        var sent = Linq.Expression.Call(typeof(GeneratorFrame), nameof(GeneratorFrame.TakeSent), null, generator);
        return Linq.Expression.Block(typeof(void),
            Linq.Expression.Assign(Linq.Expression.Field(generator, nameof(GeneratorFrame.Yielded)), node.Value is null ? s_none : Lower(node.Value)),
            Suspend(node.State),
            Linq.Expression.Label(label),
            node.Target is null ? sent : LowerTarget(node.Target)(sent));
    }

    // d = delegate; resume: while the delegate yields, suspend (each resume comes back here with
    // what was sent or thrown); then its return value goes to the target.
    public Linq.Expression VisitYieldFrom(BoundYieldFrom node)
    {
        var generator = _generatorFrame ?? throw new InvalidOperationException("a yield from outside a generator's step");
        var label = Linq.Expression.Label("resume" + node.State);
        _resumePoints.Add((node.State, label));
        var @delegate = Linq.Expression.Variable(typeof(object), "delegate");
        _generatorExtras.Add(@delegate);
        var returned = Linq.Expression.Call(typeof(GeneratorFrame), nameof(GeneratorFrame.TakeYielded), null, generator);
        return Linq.Expression.Block(typeof(void),
            Linq.Expression.Assign(@delegate, Linq.Expression.Call(typeof(PyYieldFrom), nameof(PyYieldFrom.Start), null, Lower(node.Iterable))),
            Linq.Expression.Assign(Linq.Expression.Field(generator, nameof(GeneratorFrame.Sent)), s_none),
            Linq.Expression.Label(label),
            Linq.Expression.IfThen(
                Linq.Expression.Call(typeof(GeneratorFrame), nameof(GeneratorFrame.Delegate), null, generator, @delegate),
                Suspend(node.State)),
            Linq.Expression.Assign(@delegate, Linq.Expression.Constant(null)),
            node.Target is null ? returned : LowerTarget(node.Target)(returned));
    }

    // BoundFor.ClosesIterator: however the loop ends, a generator it iterates is closed. No
    // compiled code jumps into such a loop (the interpreter never leaves a call inside one, and a
    // compiled generator has no resume point inside one).
    private Linq.Expression ClosingIterator(Linq.Expression loop, Linq.ParameterExpression iterator) =>
        Linq.Expression.TryFinally(loop,
            Linq.Expression.Call(typeof(PyGenerator), nameof(PyGenerator.CloseOwned), null, iterator));
}
