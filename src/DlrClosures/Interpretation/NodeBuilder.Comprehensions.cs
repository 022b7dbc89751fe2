using DlrClosures.Syntax;

namespace DlrClosures.Interpretation;

// Comprehensions: built inline into the enclosing code with a storage of their own (their
// locals and cells are slots of the enclosing frame, reset on each evaluation).
internal sealed partial class NodeBuilder
{
    private ExecExpr BuildComprehension(Expr node)
    {
        var (kind, generators) = node switch
        {
            ListCompExpr l => (ComprehensionNode.Kind.List, l.Generators),
            SetCompExpr s => (ComprehensionNode.Kind.Set, s.Generators),
            DictCompExpr d => (ComprehensionNode.Kind.Dict, d.Generators),
            GeneratorExpExpr g => (ComprehensionNode.Kind.Generator, g.Generators),
            _ => throw new InvalidOperationException(),
        };

        // The outermost iterable belongs to the enclosing scope.
        var firstIterable = BuildExpression(generators[0].Iter);
        var enclosing = _storage;
        var storage = new ScopeStorage(_scopes.GetScope(node), enclosing, _layout);
        storage.Declare(new Dictionary<string, int>());
        _storage = storage;
        try
        {
            // The element first, then the clauses innermost first, as the compiler lowers them.
            ExecExpr element;
            ExecExpr? value = null;
            switch (node)
            {
                case ListCompExpr l: element = BuildExpression(l.Elt); break;
                case GeneratorExpExpr g: element = BuildExpression(g.Elt); break;
                case SetCompExpr s: element = BuildExpression(s.Elt); break;
                default:
                    var dict = (DictCompExpr)node;
                    element = BuildExpression(dict.Key);
                    value = BuildExpression(dict.Value);
                    break;
            }
            var clauses = new ComprehensionNode.Clause[generators.Length];
            for (int i = generators.Length - 1; i >= 0; i--)
            {
                var target = BuildStoreTarget(generators[i].Target);
                var conditions = generators[i].Ifs.Select(BuildCondition).ToArray();
                var iterable = i == 0 ? firstIterable : BuildExpression(generators[i].Iter);
                clauses[i] = new ComprehensionNode.Clause(iterable, target, conditions);
            }
            return new ComprehensionNode(kind, clauses, element, value,
                storage.CellsToCreate.Select(c => c.Cell).ToArray(), storage.UnboundLocals.ToArray());
        }
        finally
        {
            _storage = enclosing;
        }
    }
}
