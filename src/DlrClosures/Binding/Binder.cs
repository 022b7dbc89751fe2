using System.Collections.Immutable;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Binding;

/// <summary>
/// Binds an analysed module: from the syntax tree and its <see cref="ScopeTable"/> to an immutable
/// bound tree that both back ends translate mechanically (Roslyn's Binder and LocalRewriter;
/// CPython's compile.c over its symtable). Every semantic decision the engines share is made here,
/// once. Partial by node category: statements, names, assignment, expressions, calls, functions and
/// classes, comprehensions, int chains and exceptions each have their own file.
/// </summary>
/// <remarks>
/// Input: a module, its scope table (nothing here decides scopes again) and the compile mode.
/// Output: the module's <see cref="BoundCode"/>; every def and lambda inside it is a nested
/// <see cref="BoundCode"/> held by the <see cref="BoundMakeFunction"/> that creates it.
/// Invariants: the bound tree holds no syntax node and no scope; every name is resolved to a
/// <see cref="NameStorage"/>; a compile-time error is raised here or nowhere, so a tree that binds runs.
/// Steps:
/// 1. Give the code object its frame (<see cref="FrameBuilder"/>): parameters in the first slots,
///    then the scope's locals and cells (<see cref="ScopeContext"/>).
/// 2. Walk the body in CPython's compile order (a def's decorators and defaults before its body, a
///    try's else before its handlers), so the first compile-time error is the one CPython reports
///    (misplaced return, break and continue included; the scope pass has raised the symbol-table
///    errors, which win, before). Each statement records its line for tracebacks.
/// 3. Resolve every name use to its storage: frame slot, frame cell, closure cell, global cell or
///    class-namespace entry, private names mangled, with the unbound check only where a name can be unbound.
/// 4. Choose every operation: the binder operation of each operator, whether the small-int rule
///    applies, in-place or binary, positional fast calls, int chains computed unboxed, dead loop targets.
/// 5. Lower the sugar to the core: augmented assignment, comparison chains and and/or over
///    temporaries; decorators as calls; comprehensions as loops inlined into the frame with fresh
///    cells per evaluation; class bodies inlined over their namespace dict.
/// 6. Bind each nested def or lambda the same way, at the point it is met, into its own code object.
/// 7. Freeze the frame into the code's <see cref="FrameLayout"/>.
/// </remarks>
internal sealed partial class Binder
{
    private readonly ScopeTable _scopes;
    private readonly SourceText _source;
    private readonly CompileMode _mode;
    private ScopeContext _context;
    private CodeState _code = new();

    private Binder(ScopeTable scopes, SourceText source, CompileMode mode, ScopeContext context)
    {
        _scopes = scopes;
        _source = source;
        _mode = mode;
        _context = context;
    }

    // Checkpoints of the execution limits (time, cancellation, steps, memory; interrupts) are where
    // code can run without end: at every loop iteration (comprehensions' loops included), which the
    // bound loops say and both back ends translate into PyLimits.Checkpoint calls, and at every frame
    // entry, which is part of the frame protocol both back ends already share (PyFrames.Enter).
    private const bool LoopCheckpoint = true;

    /// <summary>Binds <paramref name="module"/>, whose scopes are <paramref name="scopes"/>, for <paramref name="mode"/>.</summary>
    /// <exception cref="PyException">A SyntaxError the compile stage raises, at its span.</exception>
    public static BoundCode Bind(ModuleNode module, ScopeTable scopes, CompileMode mode)
    {
        var frame = new FrameBuilder([]);
        var binder = new Binder(scopes, module.Source, mode, ScopeContext.ForModule(scopes.Module, frame));
        var (signature, names) = CodeLayout.Module();
        binder.ReadFutureBlock(module);
        var body = binder.BindModuleBody(module);
        return new BoundCode(CodeKind.Module, signature, names, module.Source, 1, null, frame.ToLayout(0), body)
        {
            HasLoops = binder._code.HasLoops,
            ExpressionCount = binder._code.ExpressionCount,
            MaxNesting = binder._code.MaxNesting,
        };
    }

    private BoundBlock BindModuleBody(ModuleNode module)
    {
        // Eval mode: the one expression is the result.
        if (_mode == CompileMode.Eval && module.Body is [ExprStmt only])
            return new BoundBlock([new BoundReturn(BindExpression(only.Value), 0, only.Span)], [only.Span.Line], only.Span);
        var setup = SetupAnnotations(module.Body, module.Span);
        var body = BindStatements(module.Body);
        if (setup is not null) body = new BoundBlock([setup, body], [0, 0], module.Span);
        // A module docstring binds __doc__ (CPython stores it only when there is one).
        if (Docstrings.Of(module.Body) is not { } doc) return body;
        var store = new BoundAssign(new BoundConstant(doc, module.Span), [NameTarget("__doc__", module.Span)], module.Span);
        return new BoundBlock([store, body], [0, 0], module.Span);
    }

    /// <summary>
    /// Binds the body of a def or lambda (<paramref name="node"/>, which opens <paramref name="scope"/>)
    /// into its own code object, with a frame and code-level state of its own.
    /// </summary>
    private BoundCode BindCode(SyntaxNode node, Scope scope, Arguments arguments, string name)
    {
        var signature = CodeLayout.Signature(arguments);
        var frame = new FrameBuilder(signature.SlotNames);
        var (savedContext, savedCode, savedSpill, savedConditional) = (_context, _code, _spill, _conditional);
        _context = ScopeContext.ForFunction(scope, frame, signature.SlotNames);
        _code = new CodeState { InFunction = true, IsGenerator = scope.IsGenerator };
        (_spill, _conditional) = (null, 0);
        try
        {
            var (kind, body, doc) = node switch
            {
                LambdaExpr lambda => (CodeKind.Lambda, scope.IsGenerator ? GeneratorLambdaBody(lambda.Body) : ReturnOnly(lambda.Body), (string?)null),
                FunctionDefStmt def => (CodeKind.Function, BindStatements(def.Body), Docstrings.Of(def.Body)),
                _ => throw new InvalidOperationException($"{node.GetType().Name} opens no code object"),
            };
            return new BoundCode(kind, signature, CodeLayout.Names(scope, name), _source, node.Span.Line, doc,
                frame.ToLayout(scope.FreeVars.Count), body)
            {
                HasLoops = _code.HasLoops,
                ExpressionCount = _code.ExpressionCount,
                MaxNesting = _code.MaxNesting,
                Generator = _code.IsGenerator ? GeneratorInfo.Analyze(body, _code.YieldCount) : null,
            };
        }
        finally
        {
            (_context, _code, _spill, _conditional) = (savedContext, savedCode, savedSpill, savedConditional);
        }
    }

    // A lambda's body: its expression, returned. The frame keeps the lambda's first line.
    private BoundBlock ReturnOnly(Expr body) => new([new BoundReturn(BindExpression(body), 0, body.Span)], [0], body.Span);

    private PyException Error(SyntaxNode node, string message) => PyErrors.SyntaxError(message, _source, node.Span);

    private FrameBuilder Frame => _context.Frame;

    /// <summary>What the binder tracks per code object: the loops and finally clauses around the statement being bound, and the handlers.</summary>
    private sealed class CodeState
    {
        /// <summary>How many finally clauses enclose the statement being bound.</summary>
        public int FinallyDepth;

        /// <summary>Expressions bound so far, the expression nesting now and its maximum (see <see cref="BoundCode.MaxNesting"/>).</summary>
        public int ExpressionCount, Depth, MaxNesting;

        /// <summary>For each enclosing loop, innermost last: how many finally clauses enclose the loop itself.</summary>
        public readonly Stack<int> Loops = new();

        /// <summary>How many except clauses enclose the statement being bound (a bare raise re-raises when there is one).</summary>
        public int HandlerDepth;

        /// <summary>True in a def or lambda, where <c>return</c> is allowed.</summary>
        public bool InFunction;

        /// <summary>True once a for or while loop or a comprehension has been bound into this code object's own body.</summary>
        public bool HasLoops;

        /// <summary>True in a generator's body (a def or lambda with a yield, a generator expression).</summary>
        public bool IsGenerator;

        /// <summary>The resume points numbered so far (the last one's number).</summary>
        public int YieldCount;
    }
}
