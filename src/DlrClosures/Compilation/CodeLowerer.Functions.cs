using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// def and lambda. The inner body is lowered here, once, into its own PyCode, which the enclosing
// code embeds as a constant: evaluating the def at run time only allocates the function object
// (with its defaults and the cells its free variables name), never a new delegate.
internal sealed partial class CodeLowerer
{
    private Linq.Expression LowerFunctionDef(FunctionDefStmt def) =>
        Decorated(def.DecoratorList, def.Name, () => LowerFunctionCreation(def, def.Args, def.Name));

    /// <summary>
    /// A def or class statement: in CPython's order, the decorators are evaluated first, top to
    /// bottom, then the object is made (<paramref name="create"/>), then the decorators are applied
    /// bottom-up and the result is bound to <paramref name="name"/>.
    /// </summary>
    private Linq.Expression Decorated(System.Collections.Immutable.ImmutableArray<Expr> decoratorList, string name, Func<Linq.Expression> create)
    {
        var decorators = decoratorList.Select((_, i) => Linq.Expression.Variable(typeof(object), "decorator" + i)).ToArray();
        var body = new List<Linq.Expression>();
        for (int i = 0; i < decorators.Length; i++)
            body.Add(Linq.Expression.Assign(decorators[i], LowerExpression(decoratorList[i])));
        var value = create();
        for (int i = decorators.Length - 1; i >= 0; i--)
            value = LowerPositionalCall(decorators[i], [value], Runtime.Binders.PyInvokeBinder.Get(1, []));
        body.Add(StoreName(name, value));
        return Linq.Expression.Block(typeof(void), decorators, body);
    }

    private Linq.Expression LowerFunctionCreation(SyntaxNode node, Arguments arguments, string name)
    {
        var scope = _scopes.GetScope(node);
        var signature = CodeLayout.Signature(arguments);
        var names = CodeLayout.Names(scope, name);

        Linq.LambdaExpression? lowered = null;
        var code = new PyCode(signature, names, _source, node.Span.Line, _ => lowered!.Compile())
        {
            Doc = node is FunctionDefStmt def ? Docstrings.Of(def.Body) : null,
        };
        lowered = new CodeLowerer(code, scope, _scopes, _source, CompileMode.Exec).LowerBody();

        Linq.Expression defaults = arguments.Defaults.IsDefaultOrEmpty
            ? Linq.Expression.Constant(null, typeof(object[]))
            : Linq.Expression.NewArrayInit(typeof(object), arguments.Defaults.Select(LowerExpression));
        Linq.Expression kwDefaults = Linq.Expression.Constant(null, typeof(PyDict));
        if (arguments.KwDefaults.Any(d => d is not null))
        {
            var given = arguments.KwOnlyArgs.Zip(arguments.KwDefaults).Where(pair => pair.Second is not null).ToArray();
            kwDefaults = Linq.Expression.Call(typeof(PyDisplays), nameof(PyDisplays.Dict), null,
                Linq.Expression.NewArrayInit(typeof(object), given.Select(pair => Linq.Expression.Constant(pair.First.Name, typeof(object)))),
                Linq.Expression.NewArrayInit(typeof(object), given.Select(pair => LowerExpression(pair.Second!))));
        }
        // One captured variable (the common closure) is passed as its cell: no cells array.
        Linq.Expression closure = scope.FreeVars.Count switch
        {
            0 => Linq.Expression.Constant(null, typeof(StrongBox<object>[])),
            1 => _env.GetBox(scope.FreeVars[0]),
            _ => Linq.Expression.NewArrayInit(typeof(StrongBox<object>), scope.FreeVars.Select(_env.GetBox)),
        };
        var globals = Linq.Expression.Property(_function, nameof(PyFunction.Globals));
        return scope.FreeVars.Count == 1
            ? Linq.Expression.Call(typeof(PyFunction), nameof(PyFunction.WithCell), null, Linq.Expression.Constant(code), closure, defaults, kwDefaults, globals)
            : Linq.Expression.New(typeof(PyFunction).GetConstructors()[0], Linq.Expression.Constant(code), closure, defaults, kwDefaults, globals);
    }
}
