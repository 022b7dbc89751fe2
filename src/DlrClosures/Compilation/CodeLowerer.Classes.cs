using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// class statements. CPython runs a class body as a function over a fresh namespace dict and then
// calls the metaclass; here the body is lowered inline into the enclosing code with an environment
// whose names are entries of that dict (methods are ordinary defs whose closures reach past the
// class to the enclosing function's cells), and PyType.CreateClass makes the class from the dict.
internal sealed partial class CodeLowerer
{
    private Linq.Expression LowerClassDef(ClassDefStmt classDef)
    {
        var scope = _scopes.GetScope(classDef);
        if (!classDef.Keywords.IsDefaultOrEmpty)
            throw Unsupported(classDef, BackEndMessages.ClassKeywordsNotSupported);
        if (scope.NeedsClassClosure)
            throw Unsupported(classDef, BackEndMessages.ClassCellNotSupported);

        return Decorated(classDef.DecoratorList, classDef.Name, () => LowerClassObject(classDef, scope));
    }

    // bases, the namespace dict, the body run over it, then the class made from it.
    private Linq.Expression LowerClassObject(ClassDefStmt classDef, Scoping.Scope scope)
    {
        var bases = Linq.Expression.Variable(typeof(PyType[]), "bases");
        var ns = Linq.Expression.Variable(typeof(PyDict), "namespace");
        var body = new List<Linq.Expression>
        {
            Linq.Expression.Assign(bases, Linq.Expression.Call(typeof(PyNames), nameof(PyNames.ClassBases), null,
                Linq.Expression.NewArrayInit(typeof(object), classDef.Bases.Select(LowerExpression)))),
            Linq.Expression.Assign(ns, Linq.Expression.New(typeof(PyDict))),
            // CPython sets these before the body runs, so the body can read them.
            SetNamespaceItem(ns, "__module__", Linq.Expression.Constant("__main__", typeof(object))),
            SetNamespaceItem(ns, "__qualname__", Linq.Expression.Constant(scope.QualifiedName, typeof(object))),
            SetNamespaceItem(ns, "__doc__", Linq.Expression.Constant((object?)Docstrings.Of(classDef.Body) ?? PyNone.Instance, typeof(object))),
        };

        var enclosing = _env;
        var env = new VariableEnvironment(scope, enclosing, ns);
        env.Declare(new Dictionary<string, Linq.ParameterExpression>());
        _env = env;
        try
        {
            body.Add(LowerStatements(classDef.Body));
        }
        finally
        {
            _env = enclosing;
        }

        body.Add(Linq.Expression.Convert(Linq.Expression.Call(typeof(PyType), nameof(PyType.CreateClass), null,
            Linq.Expression.Constant(classDef.Name), Linq.Expression.Constant(scope.QualifiedName), bases, ns), typeof(object)));
        return Linq.Expression.Block(typeof(object), env.Variables.Prepend(ns).Prepend(bases), body);
    }

    private static Linq.Expression SetNamespaceItem(Linq.ParameterExpression ns, string name, Linq.Expression value) =>
        Linq.Expression.Assign(Linq.Expression.Property(ns, "Item", Linq.Expression.Constant(name, typeof(object))), value);
}
