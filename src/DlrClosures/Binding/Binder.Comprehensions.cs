using System.Collections.Immutable;
using DlrClosures.Syntax;

namespace DlrClosures.Binding;

// Comprehensions. CPython 3.11 runs each as a nested function called at once; here it is lowered
// to loops inlined into the enclosing frame, with a scope of its own whose cells are made afresh
// each time it is evaluated (so `[lambda: i for i in ...]` shares one cell for i, as in CPython),
// without a function object and a call per evaluation:
//     (enter scope; result = new collection; for t1 in it1: [if c: ...] for t2 in it2: ... collect(elt); result)
// The outermost iterable is bound in the enclosing scope. A generator expression is a generator
// function of its own (Binder.Generators.cs).
internal sealed partial class Binder
{
    private BoundExpr BindComprehension(Expr node)
    {
        var (generators, kind) = node switch
        {
            ListCompExpr l => (l.Generators, CollectionKind.List),
            SetCompExpr s => (s.Generators, CollectionKind.Set),
            DictCompExpr d => (d.Generators, CollectionKind.Dict),
            GeneratorExpExpr g => (g.Generators, CollectionKind.List),
            _ => throw new InvalidOperationException($"{node.GetType().Name} is not a comprehension"),
        };

        if (generators.Any(g => g.IsAsync))
        {
            // No code object here is an async def, so an async comprehension is always outside one;
            // an async generator expression is allowed anywhere by CPython, and does not run here yet.
            throw Error(node, node is GeneratorExpExpr ? BindingMessages.NotSupported(node) : BindingMessages.AsyncComprehensionOutsideAsyncFunction);
        }
        if (node is GeneratorExpExpr generatorExpression) return BindGeneratorExpression(generatorExpression);
        var firstIterable = BindExpression(generators[0].Iter);
        var (resultTarget, result) = Temp(node.Span);
        var enclosing = _context;
        _context = ScopeContext.ForComprehension(_scopes.GetScope(node), enclosing);
        try
        {
            // In compile order: each generator's iterable (the first is bound already), target and
            // conditions, then the element.
            var loops = new List<(BoundExpr Iterable, BoundTarget Target, ImmutableArray<BoundCondition> Conditions, Comprehension Source)>();
            for (int i = 0; i < generators.Length; i++)
            {
                var iterable = i == 0 ? firstIterable : BindExpression(generators[i].Iter);
                var target = BindTarget(generators[i].Target);
                loops.Add((iterable, target, generators[i].Ifs.Select(BindCondition).ToImmutableArray(), generators[i]));
            }
            BoundStmt body = node switch
            {
                ListCompExpr l => new BoundCollect(kind, result.Storage.Index, BindExpression(l.Elt), null, l.Elt.Span),
                GeneratorExpExpr g => new BoundCollect(kind, result.Storage.Index, BindExpression(g.Elt), null, g.Elt.Span),
                SetCompExpr s => new BoundCollect(kind, result.Storage.Index, BindExpression(s.Elt), null, s.Elt.Span),
                DictCompExpr d => BindDictItem(d, result.Storage.Index),
                _ => throw new InvalidOperationException(),
            };
            _code.HasLoops = true;
            for (int i = loops.Count - 1; i >= 0; i--)
            {
                var (iterable, target, conditions, source) = loops[i];
                for (int c = conditions.Length - 1; c >= 0; c--)
                    body = new BoundIf(conditions[c], body, BoundBlock.Empty, source.Ifs[c].Span);
                body = new BoundFor(iterable, target, body, BoundBlock.Empty, 0, LoopCheckpoint, source.Span);
            }
            BoundExpr empty = kind == CollectionKind.Dict
                ? new BoundDictDisplay([], [], node.Span)
                : new BoundSequenceDisplay(kind, [], [], node.Span);
            var effects = ImmutableArray.Create<BoundStmt>(
                new BoundEnterScope([.. _context.InlineCells], [.. _context.InlineUnbound], node.Span),
                new BoundAssign(empty, [resultTarget], node.Span),
                body);
            BoundExpr value = node is GeneratorExpExpr ? new BoundGetIterator(result, node.Span) : result;
            return new BoundSequence(effects, value, node.Span);
        }
        finally
        {
            _context = enclosing;
        }
    }

    // Key first, then value (the 3.8+ evaluation order).
    private BoundCollect BindDictItem(DictCompExpr comprehension, int result)
    {
        var key = BindExpression(comprehension.Key);
        return new BoundCollect(CollectionKind.Dict, result, key, BindExpression(comprehension.Value), comprehension.Span);
    }
}
