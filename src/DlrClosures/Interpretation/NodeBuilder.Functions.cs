using System.Collections.Immutable;
using DlrClosures.Runtime.Functions;
using DlrClosures.Scoping;
using DlrClosures.Syntax;

namespace DlrClosures.Interpretation;

// def and lambda. The inner body is prepared here, once, into its own PyCode, which the node that
// creates the function holds: evaluating the def at run time only allocates the function object
// (with its defaults and the cells its free variables name), never a new node tree.
internal sealed partial class NodeBuilder
{
    private ExecStmt BuildFunctionDef(FunctionDefStmt def) =>
        Decorated(def.DecoratorList, def.Name, () => BuildFunctionCreation(def, def.Args, def.Name));

    /// <summary>A def or class statement: decorators, then the object (<paramref name="create"/>), then the binding.</summary>
    private ExecStmt Decorated(ImmutableArray<Expr> decoratorList, string name, Func<ExecExpr> create)
    {
        var decorators = decoratorList.Select(BuildExpression).ToArray();
        var value = create();
        return new FunctionNodes.Define(decorators, value, NameTarget(name));
    }

    private ExecExpr BuildFunctionCreation(SyntaxNode node, Arguments arguments, string name)
    {
        var scope = _scopes.GetScope(node);
        InterpretedCode? prepared = null;
        var code = new PyCode(CodeLayout.Signature(arguments), CodeLayout.Names(scope, name), _source, node.Span.Line,
            _ => prepared!.CreateDelegate())
        {
            Doc = node is FunctionDefStmt def ? Docstrings.Of(def.Body) : null,
        };
        prepared = Build(code, scope, _scopes, _source, CompileMode.Exec);

        var defaults = arguments.Defaults.IsDefaultOrEmpty ? null : arguments.Defaults.Select(BuildExpression).ToArray();
        var given = arguments.KwOnlyArgs.Zip(arguments.KwDefaults).Where(pair => pair.Second is not null).ToArray();
        var keywordOnlyNames = given.Select(pair => (object)pair.First.Name).ToArray();
        var keywordOnlyDefaults = given.Select(pair => BuildExpression(pair.Second!)).ToArray();
        var closure = scope.FreeVars.Select(_storage.GetBox).ToArray();
        return new FunctionNodes.MakeFunction(code, closure, defaults, keywordOnlyNames, keywordOnlyDefaults);
    }
}
