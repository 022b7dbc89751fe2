using System.Collections.Immutable;
using DlrClosures.Syntax;

namespace DlrClosures.Binding;

// def, lambda, class and decorators. A def's body is bound here, once, into a code object of its
// own: evaluating the def at run time only makes the function object, with its defaults and the
// cells its free variables name. A class body is bound inline, over its namespace dict: CPython
// runs it as a function called once, which gives the same names and closures.
internal sealed partial class Binder
{
    private BoundStmt BindFunctionDef(FunctionDefStmt def) => def.IsAsync
        ? throw Error(def, BindingMessages.NotSupported(def))
        : Decorated(def.DecoratorList, def.Name, def, () => BindFunctionCreation(def, def.Args, def.Name));

    private BoundStmt BindClassDef(ClassDefStmt classDef)
    {
        var scope = _scopes.GetScope(classDef);
        if (!classDef.Keywords.IsDefaultOrEmpty && classDef.Keywords.Any(k => k.Arg is null))
            throw Error(classDef, BindingMessages.ClassKeywordsNotSupported);
        return Decorated(classDef.DecoratorList, classDef.Name, classDef, () => BindClassObject(classDef, scope));
    }

    /// <summary>
    /// A def or class statement in CPython's order: the decorators are evaluated first, top to bottom,
    /// into temporaries, then the object is made (<paramref name="create"/>), then the decorators are
    /// applied bottom-up and the result is stored to <paramref name="name"/>.
    /// </summary>
    private BoundStmt Decorated(ImmutableArray<Expr> decoratorList, string name, Stmt statement, Func<BoundExpr> create)
    {
        var statements = new List<BoundStmt>();
        var decorators = new List<BoundExpr>();
        foreach (var decorator in decoratorList)
        {
            var (target, load) = Temp(decorator.Span);
            statements.Add(new BoundAssign(BindExpression(decorator), [target], decorator.Span));
            decorators.Add(load);
        }
        var value = create();
        if (decorators.Count > 0)
        {
            // Applied innermost first, each result into one temporary: a flat sequence of calls, not
            // d1(d2(...(f))) nested as deep as there are decorators (100,000 of them hung the compiler).
            var (result, load) = Temp(statement.Span);
            statements.Add(new BoundAssign(value, [result], statement.Span));
            for (int i = decorators.Count - 1; i > 0; i--)
                statements.Add(new BoundAssign(CallOne(decorators[i], load), [result], statement.Span));
            value = CallOne(decorators[0], load);
        }
        statements.Add(new BoundAssign(value, [NameTarget(name, statement.Span)], statement.Span));
        return statements.Count == 1 ? statements[0] : Unlined(statements, statement);
    }

    // Defaults, then keyword-only defaults, then the annotations, then the body (compiler_function),
    // then the closure: the cells of the new code's free variables, as this scope holds them.
    private BoundExpr BindFunctionCreation(SyntaxNode node, Arguments arguments, string name)
    {
        var scope = _scopes.GetScope(node);
        var defaults = arguments.Defaults.IsDefaultOrEmpty ? [] : arguments.Defaults.Select(BindExpression).ToImmutableArray();
        var given = arguments.KwOnlyArgs.Zip(arguments.KwDefaults).Where(pair => pair.Second is not null).ToArray();
        var kwNames = given.Select(pair => pair.First.Name).ToImmutableArray();
        var kwValues = given.Select(pair => BindExpression(pair.Second!)).ToImmutableArray();
        var annotations = BindAnnotations(arguments, (node as FunctionDefStmt)?.Returns, node);
        var code = BindCode(node, scope, arguments, name);
        var closure = scope.FreeVars.Select(ClosureBox).ToImmutableArray();
        var make = new BoundMakeFunction(code, defaults, kwNames, kwValues, closure, node.Span);
        if (annotations is null) return make;
        // The function, then its __annotations__ dict stored on it, before any decorator sees it.
        var (target, load) = Temp(node.Span);
        var store = new BoundAssign(annotations, [new BoundAttributeTarget(load, "__annotations__", node.Span)], node.Span);
        return new BoundSequence([new BoundAssign(make, [target], node.Span), store], load, node.Span);
    }

    // What a new function's free variable is bound to: in a class, __class__ is the implicit cell.
    private NameStorage ClosureBox(string name) =>
        name == "__class__" && _context.ClassCell is { } cell ? cell : _context.GetBox(name);

    /// <summary>
    /// compiler_visit_annotations: a dict of the annotated parameters' (mangled) names to their
    /// annotations, evaluated where the def is, in the order args, *args, keyword-only, **kwargs,
    /// then <c>'return'</c>; null when nothing is annotated. (Positional-only parameters are not
    /// kept apart in this tree, so they come in their place among the args, where CPython lists
    /// them after the others.)
    /// </summary>
    private BoundDictDisplay? BindAnnotations(Arguments arguments, Expr? returns, SyntaxNode node)
    {
        var annotated = arguments.Args.Append(arguments.VarArg).Concat(arguments.KwOnlyArgs).Append(arguments.KwArg)
            .Where(arg => arg?.Annotation is not null)
            .Select(arg => (Name: _context.Mangle(arg!.Name), Annotation: arg.Annotation!))
            .ToList();
        if (returns is not null) annotated.Add(("return", returns));
        if (annotated.Count == 0) return null;
        var keys = annotated.Select(a => (BoundExpr?)new BoundConstant(a.Name, a.Annotation.Span)).ToImmutableArray();
        var values = annotated.Select(a => BindAnnotation(a.Annotation)).ToImmutableArray();
        return new BoundDictDisplay(keys, values, node.Span);
    }

    // The bases and keywords (in the enclosing scope), then the body over a namespace dict in a slot
    // of this frame. A class whose methods use super() or __class__ makes the implicit __class__
    // cell fresh each time the statement runs (a frame cell, as a comprehension's), and hands it to
    // the runtime, which fills it with the class (compiler_class, __build_class__).
    private BoundMakeClass BindClassObject(ClassDefStmt classDef, Scoping.Scope scope)
    {
        var bases = classDef.Bases.Select(BindExpression).ToImmutableArray();
        var keywords = classDef.Keywords.IsDefault ? [] : classDef.Keywords;
        var keywordNames = keywords.Select(k => k.Arg!).ToImmutableArray();
        var keywordValues = keywords.Select(k => BindExpression(k.Value)).ToImmutableArray();
        int namespaceSlot = Frame.NewTemp();
        var (enclosing, enclosingCode) = (_context, _code);
        // The body is a code object of its own to CPython: no function, no loop around it.
        _context = ScopeContext.ForClass(scope, enclosing, namespaceSlot);
        _code = new CodeState { HandlerDepth = enclosingCode.HandlerDepth };
        try
        {
            var setup = SetupAnnotations(classDef.Body, classDef.Span);
            BoundStmt body = BindStatements(classDef.Body);
            if (setup is not null) body = new BoundBlock([setup, body], [0, 0], classDef.Span);
            NameStorage? classCell = null;
            if (scope.NeedsClassClosure)
            {
                classCell = _context.ClassCell;
                body = new BoundBlock([new BoundEnterScope([.. _context.InlineCells], [], classDef.Span), body], [0, 0], classDef.Span);
            }
            return new BoundMakeClass(classDef.Name, scope.QualifiedName, bases, keywordNames, keywordValues, namespaceSlot,
                Docstrings.Of(classDef.Body), body, classCell, classDef.Span);
        }
        finally
        {
            (_context, _code) = (enclosing, enclosingCode);
        }
    }
}
