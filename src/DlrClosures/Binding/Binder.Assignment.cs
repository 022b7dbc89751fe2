using System.Collections.Immutable;
using DlrClosures.Syntax;

namespace DlrClosures.Binding;

// Assignment: parallel assignment, targets and unpacking, augmented assignment.
internal sealed partial class Binder
{
    private BoundStmt BindAssign(AssignStmt statement)
    {
        // a, b = b, a: the right-hand elements are evaluated and stored directly, without a tuple
        // (CPython does the same for small swaps).
        if (statement.Targets is [var only] && TryBindParallelAssign(only, statement.Value, statement) is { } parallel)
            return parallel;
        var value = BindExpression(statement.Value);
        var targets = statement.Targets.Select(BindTarget).ToImmutableArray();
        return new BoundAssign(value, targets, statement.Span);
    }

    private BoundParallelAssign? TryBindParallelAssign(Expr target, Expr value, AssignStmt statement)
    {
        var targets = target switch { TupleExpr t => t.Elts, ListExpr l => l.Elts, _ => default };
        if (targets.IsDefault || value is not TupleExpr source || source.Elts.Length != targets.Length) return null;
        if (targets.Any(t => t is StarredExpr) || source.Elts.Any(e => e is StarredExpr)) return null;
        var values = source.Elts.Select(BindExpression).ToImmutableArray();
        return new BoundParallelAssign(values, targets.Select(BindTarget).ToImmutableArray(), statement.Span);
    }

    private BoundTarget BindTarget(Expr target) => target switch
    {
        NameExpr name => NameTarget(name.Id, name.Span),
        TupleExpr tuple => BindUnpack(tuple.Elts, tuple),
        ListExpr list => BindUnpack(list.Elts, list),
        SubscriptExpr subscript => BindItemTarget(subscript),
        AttributeExpr attribute => new BoundAttributeTarget(BindExpression(attribute.Value), _context.Mangle(attribute.Attr), attribute.Span),
        StarredExpr => throw Error(target, BindingMessages.StarredAssignmentTarget),
        _ => throw Error(target, BindingMessages.CannotAssign),
    };

    private BoundItemTarget BindItemTarget(SubscriptExpr subscript)
    {
        var container = BindExpression(subscript.Value);
        return new BoundItemTarget(container, BindIndex(subscript.Slice), subscript.Span);
    }

    private BoundUnpackTarget BindUnpack(ImmutableArray<Expr> elements, Expr node)
    {
        int star = -1;
        for (int i = 0; i < elements.Length; i++)
        {
            if (elements[i] is not StarredExpr) continue;
            if (star >= 0) throw Error(elements[i], BindingMessages.MultipleStarredTargets);
            star = i;
        }
        var targets = elements.Select(e => BindTarget(e is StarredExpr s ? s.Value : e)).ToImmutableArray();
        return new BoundUnpackTarget(targets, star, node.Span);
    }

    // target op= value: the in-place operation, with the target's container and index evaluated
    // once, into temporaries (CPython's DUP_TOP semantics).
    private BoundStmt BindAugAssign(AugAssignStmt statement)
    {
        var op = OperatorMap.InPlace(statement.Op);
        switch (statement.Target)
        {
            case NameExpr name:
            {
                BoundExpr value = (BoundExpr?)TryBindIntChain(name, op, statement.Value, statement.Span)
                    ?? Binary(op, LoadName(name.Id, name.Span), BindExpression(statement.Value), statement.Span);
                return new BoundAssign(value, [NameTarget(name.Id, name.Span)], statement.Span);
            }
            case SubscriptExpr subscript:
            {
                var (containerTarget, container) = Temp(subscript.Value.Span);
                var (indexTarget, index) = Temp(subscript.Slice.Span);
                var saveContainer = new BoundAssign(BindExpression(subscript.Value), [containerTarget], subscript.Span);
                var saveIndex = new BoundAssign(BindIndex(subscript.Slice), [indexTarget], subscript.Span);
                var value = Binary(op, new BoundGetItem(container, index, subscript.Span), BindExpression(statement.Value), statement.Span);
                var store = new BoundAssign(value, [new BoundItemTarget(container, index, subscript.Span)], statement.Span);
                return Unlined([saveContainer, saveIndex, store], statement);
            }
            case AttributeExpr attribute:
            {
                var (objectTarget, obj) = Temp(attribute.Value.Span);
                var saveObject = new BoundAssign(BindExpression(attribute.Value), [objectTarget], attribute.Span);
                var value = Binary(op, new BoundGetAttribute(obj, _context.Mangle(attribute.Attr), attribute.Span), BindExpression(statement.Value), statement.Span);
                var store = new BoundAssign(value, [new BoundAttributeTarget(obj, _context.Mangle(attribute.Attr), attribute.Span)], statement.Span);
                return Unlined([saveObject, store], statement);
            }
            default:
                throw Error(statement.Target, BindingMessages.IllegalAugmentedTarget);
        }
    }
}
