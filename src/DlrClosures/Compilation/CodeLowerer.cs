using DlrClosures.Runtime.Operations;
using System.Runtime.CompilerServices;
using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

/// <summary>
/// Translates the body of one bound code object (module, def or lambda) to a LambdaExpression.
/// One visitor per bound node category, so a node kind it forgets is a compile error; partial by
/// category, as Roslyn splits its LocalRewriter: statements, exceptions, assignment and names,
/// expressions, conditions, calls and their fast paths, int chains, functions and classes,
/// comprehensions.
/// </summary>
/// <remarks>
/// The lambda has the shape
/// <code>
/// (PyFunction fn, FrameCounter frames, object a0, ...) =>
///     PyFrames.Enter(frames);
///     try { prologue; body; }
///     catch (Exception e) when (PyFrames.ShouldConvert(e, frames, fn, line)) { throw PyFrames.Unwind(e, frames, fn, line); }
///     return: PyFrames.Exit(frames); return result;
/// </code>
/// The frame is the bound code's <see cref="FrameLayout"/>: one <c>object</c> variable per local
/// slot (the parameters are the lambda's own parameters for an arity-specialised code, else copied
/// from the <c>object[] slots</c> argument), one <c>StrongBox&lt;object&gt;</c> variable per cell slot
/// and per free variable. The prologue resolves the global cells, loads the free variables' cells
/// from the function's closure, creates the entry cells (a captured parameter seeds its cell) and
/// unbinds the entry locals. <c>line</c> is a local assigned before each statement that has a
/// line, so a traceback knows where it was.
/// </remarks>
internal sealed partial class CodeLowerer :
    IBoundStatementVisitor<Linq.Expression>,
    IBoundExpressionVisitor<Linq.Expression>,
    IBoundConditionVisitor<Linq.Expression>,
    IBoundTargetVisitor<Func<Linq.Expression, Linq.Expression>>
{
    private static readonly Linq.Expression s_none = Linq.Expression.Constant(PyNone.Instance, typeof(object));
    private static readonly Linq.Expression s_unbound = Linq.Expression.Constant(PyUnbound.Instance, typeof(object));
    private static readonly System.Reflection.ConstructorInfo s_newCell = typeof(StrongBox<object>).GetConstructor([typeof(object)])!;

    private readonly BoundCode _bound;
    private readonly PyCode _code;

    private readonly Linq.ParameterExpression _function = Linq.Expression.Parameter(typeof(PyFunction), "fn");
    private readonly Linq.ParameterExpression _frames = Linq.Expression.Parameter(typeof(FrameCounter), "frames");
    private readonly Linq.ParameterExpression _line = Linq.Expression.Variable(typeof(int), "line");
    private readonly Linq.ParameterExpression _globalCells = Linq.Expression.Variable(typeof(StrongBox<object>[]), "globals");
    // A return stores its value and leaves the frame's try block by a void jump: LINQ does not
    // let a jump carry a value out of a try.
    private readonly Linq.LabelTarget _return = Linq.Expression.Label("return");
    private readonly Linq.ParameterExpression _result = Linq.Expression.Variable(typeof(object), "result");
    private readonly Linq.ParameterExpression[] _locals;
    private readonly Linq.ParameterExpression[] _cells;
    private readonly Linq.ParameterExpression[] _frees;
    private readonly Stack<(Linq.LabelTarget Break, Linq.LabelTarget Continue)> _loops = new();

    // Makes the code object of each def or lambda met (Lowerer.Lower's policy), or null for Lowerer.CreateCode.
    private readonly Func<BoundCode, PyCode>? _createNested;

    private CodeLowerer(BoundCode bound, PyCode code, Func<BoundCode, PyCode>? createNested)
    {
        _createNested = createNested;
        _bound = bound;
        _code = code;
        var frame = bound.Frame;
        _locals = new Linq.ParameterExpression[frame.LocalCount];
        for (int i = 0; i < _locals.Length; i++)
            _locals[i] = i < frame.ParameterCount && code.IsFast
                ? Linq.Expression.Parameter(typeof(object), frame.LocalNames[i])
                : Linq.Expression.Variable(typeof(object), frame.LocalNames[i]);
        _cells = new Linq.ParameterExpression[frame.CellCount];
        for (int i = 0; i < _cells.Length; i++)
            _cells[i] = Linq.Expression.Variable(typeof(StrongBox<object>), "cell_" + frame.CellNames[i]);
        _frees = new Linq.ParameterExpression[frame.FreeCount];
        for (int i = 0; i < _frees.Length; i++)
            _frees[i] = Linq.Expression.Variable(typeof(StrongBox<object>), "free_" + code.Names.FreeVars[i]);
    }

    /// <summary>Translates the body of <paramref name="bound"/>, whose code object is <paramref name="code"/>.</summary>
    public static Linq.LambdaExpression Lower(BoundCode bound, PyCode code, Func<BoundCode, PyCode>? createNested = null) =>
        new CodeLowerer(bound, code, createNested).LowerFrame();

    private Linq.LambdaExpression LowerFrame()
    {
        var frame = _bound.Frame;
        var lambdaParameters = new List<Linq.ParameterExpression> { _function, _frames };
        var variables = new List<Linq.ParameterExpression> { _line, _globalCells };
        var prologue = new List<Linq.Expression>();

        if (frame.GlobalNames.Length > 0)
            prologue.Add(Linq.Expression.Assign(_globalCells, Linq.Expression.Call(
                Linq.Expression.Constant(_code), nameof(PyCode.GetGlobalCells), null,
                Linq.Expression.Property(_function, nameof(PyFunction.Globals)))));

        if (_code.IsFast)
        {
            lambdaParameters.AddRange(_locals.Take(frame.ParameterCount));
            variables.AddRange(_locals.Skip(frame.ParameterCount));
        }
        else
        {
            // General convention: the bound slots arrive as one array and are copied into variables.
            var slots = Linq.Expression.Parameter(typeof(object[]), "slots");
            lambdaParameters.Add(slots);
            variables.AddRange(_locals);
            for (int i = 0; i < frame.ParameterCount; i++)
                prologue.Add(Linq.Expression.Assign(_locals[i], Linq.Expression.ArrayIndex(slots, Linq.Expression.Constant(i))));
        }
        variables.AddRange(_frees);
        variables.AddRange(_cells);
        variables.Add(_result);

        for (int i = 0; i < _frees.Length; i++)
            prologue.Add(Linq.Expression.Assign(_frees[i], Linq.Expression.Call(
                _function, nameof(PyFunction.GetClosureCell), null, Linq.Expression.Constant(i))));
        prologue.AddRange(EnterScope(frame.EntryCells, frame.EntryUnbound));
        prologue.Add(_generatorStep is null ? Lower(_bound.Body) : StartGenerator());

        var exception = Linq.Expression.Parameter(typeof(Exception), "error");
        var body = Linq.Expression.Block(
            typeof(object),
            variables,
            Linq.Expression.Call(typeof(PyFrames), nameof(PyFrames.Enter), null, _frames),
            Linq.Expression.Assign(_result, s_none),
            Linq.Expression.Assign(_line, Linq.Expression.Constant(_bound.FirstLine)),
            Linq.Expression.TryCatch(
                Linq.Expression.Block(typeof(void), prologue),
                Linq.Expression.Catch(exception,
                    Linq.Expression.Throw(Linq.Expression.Call(typeof(PyFrames), nameof(PyFrames.Unwind), null,
                        exception, _frames, _function, _line)),
                    Linq.Expression.Call(typeof(PyFrames), nameof(PyFrames.ShouldConvert), null,
                        exception, _frames, _function, _line))),
            Linq.Expression.Label(_return),
            Linq.Expression.Call(typeof(PyFrames), nameof(PyFrames.Exit), null, _frames),
            _result);

        var delegateType = _code.IsFast
            ? Linq.Expression.GetFuncType([.. lambdaParameters.Select(p => p.Type), typeof(object)])
            : typeof(Func<PyFunction, FrameCounter, object[], object>);
        return Linq.Expression.Lambda(delegateType, body, _code.Names.QualifiedName, lambdaParameters);
    }

    /// <summary>
    /// Entering a scope: new cells, each seeded from its parameter's slot or unbound, and unbound
    /// locals; for the code's own scope in the prologue, and for an inlined comprehension each time it is evaluated.
    /// </summary>
    private IEnumerable<Linq.Expression> EnterScope(IEnumerable<CellInit> cells, IEnumerable<int> unboundLocals) =>
        cells.Select(cell => (Linq.Expression)Linq.Expression.Assign(_cells[cell.Cell],
                Linq.Expression.New(s_newCell, cell.SeedLocal >= 0 ? _locals[cell.SeedLocal] : s_unbound)))
            .Concat(unboundLocals.Select(local => (Linq.Expression)Linq.Expression.Assign(_locals[local], s_unbound)));

    private Linq.Expression Lower(BoundStmt statement)
    {
        LargeStack.Check();
        return statement.Accept(this);
    }

    private Linq.Expression Lower(BoundExpr expression)
    {
        LargeStack.Check();
        return expression.Accept(this);
    }

    private Linq.Expression LowerCondition(BoundCondition condition) => condition.Accept(this);

    private Func<Linq.Expression, Linq.Expression> LowerTarget(BoundTarget target) => target.Accept(this);

    private static Linq.Expression BoxValue(Linq.Expression box) =>
        Linq.Expression.Field(box, nameof(StrongBox<object>.Value));

    private Linq.Expression SetLine(int line) => Linq.Expression.Assign(_line, Linq.Expression.Constant(line));

    private static bool IsEmpty(BoundStmt statement) => statement is BoundBlock { Statements.IsEmpty: true };
}
