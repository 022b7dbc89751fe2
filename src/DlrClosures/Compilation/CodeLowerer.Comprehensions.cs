using DlrClosures.Binding;
using DlrClosures.Runtime;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Comprehensions, which the binder inlines into the enclosing code: entering the comprehension's
// scope on each evaluation (fresh cells, so closures made by one evaluation do not share them
// with the next) and adding each element to the collection being built.
internal sealed partial class CodeLowerer
{
    public Linq.Expression VisitEnterScope(BoundEnterScope node) =>
        Linq.Expression.Block(typeof(void), EnterScope(node.Cells, node.UnboundLocals).DefaultIfEmpty(Linq.Expression.Empty()));

    public Linq.Expression VisitCollect(BoundCollect node)
    {
        var collection = _locals[node.Collection];
        switch (node.Kind)
        {
            case CollectionKind.Set:
                return Linq.Expression.Call(Linq.Expression.Convert(collection, typeof(PySet)), nameof(PySet.Add), null, Lower(node.Element));
            case CollectionKind.Dict:
                // Key first, then value (the 3.8+ evaluation order).
                var key = Linq.Expression.Variable(typeof(object), "key");
                return Linq.Expression.Block(typeof(void), [key],
                    Linq.Expression.Assign(key, Lower(node.Element)),
                    Linq.Expression.Assign(Linq.Expression.Property(Linq.Expression.Convert(collection, typeof(PyDict)), "Item", key),
                        Lower(node.Value!)));
            default:
                return Linq.Expression.Call(Linq.Expression.Convert(collection, typeof(PyList)), nameof(PyList.Append), null, Lower(node.Element));
        }
    }
}
