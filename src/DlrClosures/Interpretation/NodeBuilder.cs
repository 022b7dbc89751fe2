using DlrClosures.Runtime.Operations;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Binding;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Interpretation;

/// <summary>
/// Translates the bound tree of one code object (module, def or lambda) into executable nodes, one
/// node (or a few) per bound node. It implements the four bound visitor interfaces, so a node kind
/// it does not translate is a compile error. Partial by node category: statements, expressions and
/// conditions, names and targets each have their own file.
/// </summary>
/// <remarks>
/// Nothing is decided here: storage, evaluation order, temporaries and errors come with the bound
/// tree. What the compiler declares as IL variables the frame holds as slots, numbered by
/// <see cref="FrameLayout"/>; the one thing this builder adds is a slot per <c>try</c> with except
/// clauses, beyond the bound layout's locals, for the exception its clauses handle.
/// </remarks>
internal sealed partial class NodeBuilder :
    IBoundStatementVisitor<ExecStmt>, IBoundExpressionVisitor<ExecExpr>, IBoundConditionVisitor<ExecExpr>, IBoundTargetVisitor<ExecTarget>
{
    private readonly BoundCode _bound;

    // The slots holding the exceptions of the except clauses enclosing the node being built, innermost last.
    private readonly Stack<int> _handling = new();

    // The frame's local count: the bound layout's slots, then the handler slots this builder adds.
    private int _localCount;

    // Makes the code object of each def or lambda met: the interpreter's own (MakeCode), or the one
    // a host chose (Interpreter.Prepare).
    private readonly Func<BoundCode, PyCode> _makeNested;

    // How a call of this code leaves the interpreter in the middle of a loop, if it may (LoopResume).
    private readonly LoopResume? _resume;

    // Whether the statement being built is on a path a call may resume along (ResumePath): the body
    // of a function, and blocks, if branches and loop bodies in it, but nothing inside any other
    // statement (try, with, class, ...) or any expression (a comprehension's loops).
    private bool _resumable;

    private NodeBuilder(BoundCode bound, Func<BoundCode, PyCode> makeNested, LoopResume? resume)
    {
        _bound = bound;
        _makeNested = makeNested;
        // A generator's frame outlives the call: it never leaves the interpreter midway.
        _resume = bound.Kind == CodeKind.Function && bound.Generator is null ? resume : null;
        _localCount = bound.Frame.LocalCount;
    }

    /// <summary>
    /// The code object of <paramref name="bound"/>, made when the code enclosing it is prepared,
    /// with its body built.
    /// </summary>
    /// <remarks>
    /// The body is built here, when its code object is made, not on its first call: building is cheap
    /// next to a compile, and measured on int_loop a body built just before its hot loop ran about 15 %
    /// slower (the same nodes, allocated among the loop's first garbage; the exact mechanism in the GC
    /// was not found), while building them up front matched the interpreter before the bound tree.
    /// </remarks>
    public static PyCode MakeCode(BoundCode bound) => MakeCode(bound, MakeCode);

    /// <summary>As <see cref="MakeCode(BoundCode)"/>, with the code objects of its defs and lambdas made by <paramref name="makeNested"/>.</summary>
    public static PyCode MakeCode(BoundCode bound, Func<BoundCode, PyCode> makeNested) => MakeCode(bound, makeNested, null);

    /// <summary>
    /// As <see cref="MakeCode(BoundCode, Func{BoundCode, PyCode})"/>; a call of a function whose
    /// loops have taken <paramref name="resume"/>'s number of back edges goes on in the compiled code it makes.
    /// </summary>
    public static PyCode MakeCode(BoundCode bound, Func<BoundCode, PyCode> makeNested, LoopResume? resume)
    {
        InterpretedCode? prepared = null;
        var code = new PyCode(bound.Signature, bound.Names, bound.Source, bound.FirstLine, _ => prepared!.CreateDelegate())
        {
            Doc = bound.Doc,
            GlobalNames = [.. bound.Frame.GlobalNames],
        };
        prepared = new NodeBuilder(bound, makeNested, resume).Build(code);
        return code;
    }

    private InterpretedCode Build(PyCode code)
    {
        // A body that is one return (a lambda's, an eval-mode module's) is evaluated directly:
        // no block and no completion to pass back.
        if (_bound.Generator is null && _bound.Body is BoundBlock { Statements: [BoundReturn only], Lines: [int line] })
            return new InterpretedCode(code, _bound.Frame, null, Expression(only.Value), line, _localCount, null);
        _resumable = _resume is not null;
        var body = _bound.Body.Accept(this);
        _resumable = false;
        return new InterpretedCode(code, _bound.Frame, body, null, 0, _localCount, _resume) { IsGenerator = _bound.Generator is not null };
    }

    private ExecStmt Statement(BoundStmt statement)
    {
        LargeStack.Check();
        bool resumable = _resumable;
        _resumable = resumable && statement is BoundBlock or BoundIf or BoundFor { ClosesIterator: false } or BoundWhile;
        var built = statement.Accept(this);
        _resumable = resumable;
        return built;
    }

    // A loop's else clause runs after the loop: a call is never resumed inside it.
    private ExecStmt OrElse(BoundStmt statement)
    {
        bool resumable = LeavePath();
        var built = Statement(statement);
        _resumable = resumable;
        return built;
    }

    // Building leaves the resumable path (an expression, a target, an else clause): the caller restores the returned state.
    private bool LeavePath()
    {
        bool resumable = _resumable;
        _resumable = false;
        return resumable;
    }

    // The back edges after which a loop being built leaves the interpreter; 0: never. On a
    // resumable path the call leaves (ResumePath); elsewhere the loop alone is compiled (LoopOnly),
    // except in an except clause (a bare raise there needs the handler around the loop) or a class body.
    private int ResumeAfter
    {
        get
        {
            if (_resume is null) return 0;
            if (_resumable || LoopOnly is not null) return _resume.BackEdges;
            _resume.SomeLoopCannotResume = true;
            return 0;
        }
    }

    // For a loop built off a resumable path: the function's LoopResume, when the loop can run compiled on its own.
    private LoopResume? LoopOnly => _resume is not null && !_resumable && _handling.Count == 0 && _classBodies == 0 ? _resume : null;

    // Class bodies being built: a loop in one is never compiled on its own.
    private int _classBodies;

    private ExecExpr Expression(BoundExpr expression)
    {
        LargeStack.Check();
        bool resumable = LeavePath();
        var built = expression.Accept(this);
        _resumable = resumable;
        return built;
    }

    private ExecExpr Condition(BoundCondition condition)
    {
        bool resumable = LeavePath();
        var built = condition.Accept(this);
        _resumable = resumable;
        return built;
    }

    private ExecTarget Target(BoundTarget target)
    {
        bool resumable = LeavePath();
        var built = target.Accept(this);
        _resumable = resumable;
        return built;
    }

    private ExecExpr? Optional(BoundExpr? expression) => expression is null ? null : Expression(expression);

    private ExecExpr[] Expressions(ImmutableArray<BoundExpr> expressions)
    {
        var built = new ExecExpr[expressions.Length];
        for (int i = 0; i < built.Length; i++) built[i] = Expression(expressions[i]);
        return built;
    }

    private ExecStmt[] Statements(ImmutableArray<BoundStmt> statements)
    {
        var built = new ExecStmt[statements.Length];
        for (int i = 0; i < built.Length; i++) built[i] = Statement(statements[i]);
        return built;
    }

    private ExecTarget[] Targets(ImmutableArray<BoundTarget> targets)
    {
        var built = new ExecTarget[targets.Length];
        for (int i = 0; i < built.Length; i++) built[i] = Target(targets[i]);
        return built;
    }

    private int NewHandlerSlot() => _localCount++;
}
