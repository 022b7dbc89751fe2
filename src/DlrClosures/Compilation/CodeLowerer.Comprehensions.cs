using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Comprehensions. CPython 3.11 runs each comprehension as a nested function called at once; here
// it is lowered inline into the enclosing code with an environment of its own, which keeps its
// semantics (its own locals, and cells created once per evaluation, so `[lambda: i for i in ...]`
// shares one cell for i) without a function object and a call per evaluation.
// A generator expression is evaluated eagerly into a list and handed out as an iterator.
internal sealed partial class CodeLowerer
{
    private Linq.Expression LowerComprehension(Expr node)
    {
        var generators = node switch
        {
            ListCompExpr l => l.Generators,
            SetCompExpr s => s.Generators,
            DictCompExpr d => d.Generators,
            GeneratorExpExpr g => g.Generators,
            _ => throw new InvalidOperationException(),
        };

        // The outermost iterable belongs to the enclosing scope.
        var firstIterable = LowerExpression(generators[0].Iter);
        var enclosing = _env;
        var env = new VariableEnvironment(_scopes.GetScope(node), enclosing);
        env.Declare(new Dictionary<string, Linq.ParameterExpression>());
        _env = env;
        try
        {
            var (resultType, result) = node switch
            {
                SetCompExpr => (typeof(PySet), Linq.Expression.Variable(typeof(PySet), "set")),
                DictCompExpr => (typeof(PyDict), Linq.Expression.Variable(typeof(PyDict), "dict")),
                _ => (typeof(PyList), Linq.Expression.Variable(typeof(PyList), "list")),
            };
            Linq.Expression element = node switch
            {
                ListCompExpr l => Linq.Expression.Call(result, nameof(PyList.Append), null, LowerExpression(l.Elt)),
                GeneratorExpExpr g => Linq.Expression.Call(result, nameof(PyList.Append), null, LowerExpression(g.Elt)),
                SetCompExpr s => Linq.Expression.Call(result, nameof(PySet.Add), null, LowerExpression(s.Elt)),
                DictCompExpr d => StoreDictItem(result, d),
                _ => throw new InvalidOperationException(),
            };
            var loops = element;
            for (int i = generators.Length - 1; i >= 0; i--)
                loops = LowerComprehensionLoop(generators[i], i == 0 ? firstIterable : null, loops);

            Linq.Expression value = node is GeneratorExpExpr
                ? Linq.Expression.Call(typeof(PyIteration), nameof(PyIteration.GetIterator), null, result)
                : Linq.Expression.Convert(result, typeof(object));
            return Linq.Expression.Block(typeof(object), env.Variables.Append(result),
                EnterEnvironment(env)
                    .Append(Linq.Expression.Assign(result, Linq.Expression.New(resultType)))
                    .Append(loops)
                    .Append(value));
        }
        finally
        {
            _env = enclosing;
        }
    }

    // Key first, then value (the 3.8+ evaluation order).
    private Linq.Expression StoreDictItem(Linq.ParameterExpression dict, DictCompExpr comprehension)
    {
        var key = Linq.Expression.Variable(typeof(object), "key");
        return Linq.Expression.Block(typeof(void), [key],
            Linq.Expression.Assign(key, LowerExpression(comprehension.Key)),
            Linq.Expression.Assign(Linq.Expression.Property(dict, "Item", key), LowerExpression(comprehension.Value)));
    }

    private Linq.Expression LowerComprehensionLoop(Comprehension generator, Linq.Expression? iterable, Linq.Expression inner)
    {
        var iterator = Linq.Expression.Variable(typeof(PyIterator), "iterator");
        var item = Linq.Expression.Variable(typeof(object), "item");
        var breakLabel = Linq.Expression.Label("break");
        var continueLabel = Linq.Expression.Label("continue");
        var body = new List<Linq.Expression>
        {
            Linq.Expression.IfThen(Linq.Expression.Not(Linq.Expression.Call(iterator, nameof(PyIterator.MoveNext), null, item)),
                Linq.Expression.Break(breakLabel)),
            LowerStore(generator.Target, item),
        };
        foreach (var condition in generator.Ifs)
            body.Add(Linq.Expression.IfThen(Linq.Expression.Not(LowerCondition(condition)), Linq.Expression.Continue(continueLabel)));
        body.Add(inner);
        return Linq.Expression.Block(typeof(void), [iterator, item],
            Linq.Expression.Assign(iterator, Linq.Expression.Call(typeof(PyIteration), nameof(PyIteration.GetIterator), null,
                iterable ?? LowerExpression(generator.Iter))),
            Linq.Expression.Loop(Linq.Expression.Block(typeof(void), body), breakLabel, continueLabel));
    }
}
