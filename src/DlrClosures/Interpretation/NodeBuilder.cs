using System.Collections.Immutable;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using DlrClosures.Text;
using static DlrClosures.Interpretation.StatementNodes;

namespace DlrClosures.Interpretation;

/// <summary>
/// Builds the executable node tree of one code object (module, def or lambda) from its syntax
/// tree and scope. Partial by node category, as the compiler's CodeLowerer is: statements,
/// assignment and names, expressions and conditions, calls, functions, classes, comprehensions
/// and exceptions each have their own file.
/// </summary>
/// <remarks>
/// Every choice the compiler makes while lowering is made here the same way and in the same order
/// (so the first compile-time error a module has is the same in both engines): which storage a
/// name has, which binder an operation uses, which statement sets which line. What the compiler
/// emits as IL variables, this builder allots as frame slots (<see cref="FrameLayout"/>); what it
/// emits as jumps to labels, the nodes return as a <see cref="Completion"/>.
/// </remarks>
internal sealed partial class NodeBuilder
{
    private readonly PyCode _code;
    private readonly ScopeTable _scopes;
    private readonly SourceText _source;
    private readonly CompileMode _mode;
    private readonly FrameLayout _layout = new();
    private ScopeStorage _storage;

    private NodeBuilder(PyCode code, Scope scope, ScopeTable scopes, SourceText source, CompileMode mode)
    {
        _code = code;
        _scopes = scopes;
        _source = source;
        _mode = mode;
        _storage = new ScopeStorage(scope, enclosing: null, _layout);
    }

    /// <summary>Builds the body of the module, def or lambda that <paramref name="code"/> was made for.</summary>
    public static InterpretedCode Build(PyCode code, Scope scope, ScopeTable scopes, SourceText source, CompileMode mode) =>
        new NodeBuilder(code, scope, scopes, source, mode).BuildBody();

    private InterpretedCode BuildBody()
    {
        var scope = _storage.Scope;
        // The arguments arrive in the first slots, in the signature's slot order.
        var slotNames = _code.Signature.SlotNames;
        var parameters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in slotNames) parameters[scope.Mangle(name)] = _layout.NewLocal();
        _storage.Declare(parameters);

        ExecStmt? body = null;
        ExecExpr? lambdaBody = null;
        if (scope.Node is LambdaExpr lambda) lambdaBody = BuildExpression(lambda.Body);
        else body = BuildFunctionBody(scope);

        _code.GlobalNames = _layout.GlobalNames.ToArray();
        return new InterpretedCode(_code, _layout, slotNames.Length, _storage.CellsToCreate, body, lambdaBody);
    }

    // The body proper of a module or def (a lambda's is its returned expression).
    private ExecStmt BuildFunctionBody(Scope scope) => scope.Node switch
    {
        FunctionDefStmt def => BuildStatements(def.Body),
        ModuleNode module when _mode == CompileMode.Eval && module.Body is [ExprStmt only] =>
            new Block([new Return(BuildExpression(only.Value))], [only.Span.Line]),
        // A module docstring binds __doc__ (CPython stores it only when there is one).
        ModuleNode module when Docstrings.Of(module.Body) is { } doc =>
            new Block([new AssignmentNodes.Assign(Constant(doc), [NameTarget("__doc__")]), BuildStatements(module.Body)],
                [_code.FirstLine, _code.FirstLine]),
        ModuleNode module => BuildStatements(module.Body),
        _ => throw new InvalidOperationException($"cannot interpret a {scope.Node.GetType().Name} as a code body"),
    };

    private ExecStmt BuildStatements(ImmutableArray<Stmt> statements)
    {
        if (statements.IsDefaultOrEmpty) return Block.Empty;
        var built = new ExecStmt[statements.Length];
        var lines = new int[statements.Length];
        for (int i = 0; i < statements.Length; i++)
        {
            lines[i] = statements[i].Span.Line;
            built[i] = BuildStatement(statements[i]);
        }
        return new Block(built, lines);
    }

    private static ExecExpr Constant(object value) => new DisplayNodes.Constant(ConstantFolding.ToRuntime(value));

    private static readonly ExecExpr s_none = new DisplayNodes.Constant(PyNone.Instance);

    private PyException Unsupported(SyntaxNode node, string message) => PyErrors.SyntaxError(message, _source, node.Span);
}
