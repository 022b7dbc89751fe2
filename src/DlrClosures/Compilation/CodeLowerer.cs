using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;
using DlrClosures.Text;

namespace DlrClosures.Compilation;

/// <summary>
/// Lowers the body of one code object (module, def or lambda) to a LambdaExpression. Partial by
/// node category, as Roslyn splits its LocalRewriter: statements, assignment, expressions,
/// conditions, calls, functions and comprehensions each have their own file.
/// </summary>
/// <remarks>
/// The lowered lambda has the shape
/// <code>
/// (PyFunction fn, FrameCounter frames, object a0, ...) =>
///     PyFrames.Enter(frames);
///     try { prologue; body; return None; }
///     catch (Exception e) when (PyFrames.ShouldConvert(e, frames, fn, line)) { throw PyFrames.Unwind(e, frames, fn, line); }
///     PyFrames.Exit(frames); return result;
/// </code>
/// where the prologue creates the cells of captured locals (a captured parameter is copied into its
/// cell), loads the free variables' cells from the function's closure and resolves the global cells.
/// <c>line</c> is a local assigned before each statement, so a traceback knows where it was.
/// </remarks>
internal sealed partial class CodeLowerer
{
    private static readonly Linq.Expression s_none = Linq.Expression.Constant(PyNone.Instance, typeof(object));
    private static readonly Linq.Expression s_unbound = Linq.Expression.Constant(PyUnbound.Instance, typeof(object));

    private readonly PyCode _code;
    private readonly ScopeTable _scopes;
    private readonly SourceText _source;
    private readonly CompileMode _mode;
    private readonly Linq.ParameterExpression _function = Linq.Expression.Parameter(typeof(PyFunction), "fn");
    private readonly Linq.ParameterExpression _line = Linq.Expression.Variable(typeof(int), "line");
    private readonly Linq.ParameterExpression _frames = Linq.Expression.Parameter(typeof(FrameCounter), "frames");
    private readonly Linq.ParameterExpression _globalCells = Linq.Expression.Variable(typeof(StrongBox<object>[]), "globals");
    // A return stores its value and leaves the frame's try block by a void jump: LINQ does not
    // let a jump carry a value out of a try.
    private readonly Linq.LabelTarget _return = Linq.Expression.Label("return");
    private readonly Linq.ParameterExpression _result = Linq.Expression.Variable(typeof(object), "result");
    private readonly Dictionary<string, int> _globalIndex = new(StringComparer.Ordinal);
    private readonly List<string> _globalNames = [];
    private readonly Stack<(Linq.LabelTarget Break, Linq.LabelTarget Continue, int FinallyDepth)> _loops = new();
    private VariableEnvironment _env;

    private CodeLowerer(PyCode code, Scope scope, ScopeTable scopes, SourceText source, CompileMode mode)
    {
        _code = code;
        _scopes = scopes;
        _source = source;
        _mode = mode;
        _env = new VariableEnvironment(scope, enclosing: null);
    }

    /// <summary>Lowers the module body or function body that <paramref name="code"/> was made for.</summary>
    public static Linq.LambdaExpression Lower(PyCode code, Scope scope, ScopeTable scopes, SourceText source, CompileMode mode) =>
        new CodeLowerer(code, scope, scopes, source, mode).LowerBody();

    private Linq.LambdaExpression LowerBody()
    {
        var scope = _env.Scope;
        var slotNames = _code.Signature.SlotNames;
        var lambdaParameters = new List<Linq.ParameterExpression> { _function, _frames };
        var parameterVariables = new Dictionary<string, Linq.ParameterExpression>(StringComparer.Ordinal);
        var prologue = new List<Linq.Expression>();
        var locals = new List<Linq.ParameterExpression> { _line, _globalCells };

        if (_code.IsFast)
        {
            foreach (var name in slotNames)
            {
                var parameter = Linq.Expression.Parameter(typeof(object), name);
                lambdaParameters.Add(parameter);
                parameterVariables[scope.Mangle(name)] = parameter;
            }
        }
        else
        {
            // General convention: the bound slots arrive as one array and are copied into variables.
            var slots = Linq.Expression.Parameter(typeof(object[]), "slots");
            lambdaParameters.Add(slots);
            for (int i = 0; i < slotNames.Length; i++)
            {
                var variable = Linq.Expression.Variable(typeof(object), slotNames[i]);
                locals.Add(variable);
                parameterVariables[scope.Mangle(slotNames[i])] = variable;
                prologue.Add(Linq.Expression.Assign(variable, Linq.Expression.ArrayIndex(slots, Linq.Expression.Constant(i))));
            }
        }

        _env.Declare(parameterVariables);
        prologue.AddRange(EnterEnvironment(_env));
        var body = LowerFunctionBody(scope);

        _code.GlobalNames = _globalNames.ToArray();
        if (_globalNames.Count > 0)
            prologue.Insert(0, Linq.Expression.Assign(_globalCells, Linq.Expression.Call(
                Linq.Expression.Constant(_code), nameof(PyCode.GetGlobalCells), null,
                Linq.Expression.Property(_function, nameof(PyFunction.Globals)))));

        var exception = Linq.Expression.Parameter(typeof(Exception), "error");
        var frame = Linq.Expression.Block(
            typeof(object),
            locals.Concat(_env.Variables).Append(_result),
            Linq.Expression.Call(typeof(PyFrames), nameof(PyFrames.Enter), null, _frames),
            Linq.Expression.Assign(_result, s_none),
            Linq.Expression.Assign(_line, Linq.Expression.Constant(_code.FirstLine)),
            Linq.Expression.TryCatch(
                Linq.Expression.Block(typeof(void), prologue.Append(body)),
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
        return Linq.Expression.Lambda(delegateType, frame, _code.Names.QualifiedName, lambdaParameters);
    }

    // The body proper: statements for modules and defs, a returned expression for lambdas.
    private Linq.Expression LowerFunctionBody(Scope scope) => scope.Node switch
    {
        LambdaExpr lambda => Return(LowerExpression(lambda.Body)),
        FunctionDefStmt def => LowerStatements(def.Body),
        ModuleNode module when _mode == CompileMode.Eval && module.Body is [ExprStmt only] =>
            Linq.Expression.Block(SetLine(only), Return(LowerExpression(only.Value))),
        // A module docstring binds __doc__ (CPython stores it only when there is one).
        ModuleNode module when Docstrings.Of(module.Body) is { } doc =>
            Linq.Expression.Block(StoreName("__doc__", Linq.Expression.Constant(doc, typeof(object))), LowerStatements(module.Body)),
        ModuleNode module => LowerStatements(module.Body),
        _ => throw new InvalidOperationException($"cannot lower a {scope.Node.GetType().Name} as a code body"),
    };

    /// <summary>Creates the environment's cells, loads its free variables and unbinds its locals.</summary>
    private IEnumerable<Linq.Expression> EnterEnvironment(VariableEnvironment env)
    {
        for (int i = 0; i < env.ClosureLoads.Count; i++)
            yield return Linq.Expression.Assign(env.ClosureLoads[i], Linq.Expression.Call(
                _function, nameof(PyFunction.GetClosureCell), null, Linq.Expression.Constant(i)));
        foreach (var (cell, seed) in env.CellsToCreate)
            yield return Linq.Expression.Assign(cell, Linq.Expression.New(
                typeof(StrongBox<object>).GetConstructor([typeof(object)])!, seed ?? s_unbound));
        foreach (var local in env.UnboundLocals)
            yield return Linq.Expression.Assign(local, s_unbound);
    }

    /// <summary>The global cell of <paramref name="name"/>: an element of the code's resolved global cells.</summary>
    private Linq.Expression GlobalCell(string name)
    {
        if (!_globalIndex.TryGetValue(name, out int index))
        {
            index = _globalNames.Count;
            _globalNames.Add(name);
            _globalIndex[name] = index;
        }
        return Linq.Expression.ArrayIndex(_globalCells, Linq.Expression.Constant(index));
    }

    // Every return stores its value, then leaves through any enclosing finally clauses.
    private Linq.Expression Return(Linq.Expression value) =>
        Linq.Expression.Block(Linq.Expression.Assign(_result, value), Jump(() => Linq.Expression.Return(_return), 0));

    private static Linq.Expression BoxValue(Linq.Expression box) =>
        Linq.Expression.Field(box, nameof(StrongBox<object>.Value));

    private Linq.Expression SetLine(SyntaxNode node) => Linq.Expression.Assign(_line, Linq.Expression.Constant(node.Span.Line));

    private Linq.Expression LowerStatements(ImmutableArray<Stmt> statements)
    {
        if (statements.IsDefaultOrEmpty) return Linq.Expression.Empty();
        var lowered = new List<Linq.Expression>(statements.Length * 2);
        foreach (var statement in statements)
        {
            lowered.Add(SetLine(statement));
            lowered.Add(LowerStatement(statement));
        }
        return Linq.Expression.Block(typeof(void), lowered);
    }
}
