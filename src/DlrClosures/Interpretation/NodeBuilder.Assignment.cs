using System.Collections.Immutable;
using DlrClosures.Syntax;
using static DlrClosures.Interpretation.AssignmentNodes;

namespace DlrClosures.Interpretation;

// Assignment: targets by kind, unpacking, deletion, augmented assignment.
internal sealed partial class NodeBuilder
{
    private ExecStmt BuildAssign(AssignStmt statement)
    {
        // a, b = b, a: the right-hand elements into temporaries, then the stores, without a tuple.
        if (statement.Targets is [var onlyTarget] && TryBuildParallelAssign(onlyTarget, statement.Value) is { } parallel)
            return parallel;
        var value = BuildExpression(statement.Value);
        var targets = statement.Targets.Select(BuildStoreTarget).ToArray();
        return targets is [NameTargets.Local local] ? new AssignLocal(value, local.Slot) : new Assign(value, targets);
    }

    private ExecStmt? TryBuildParallelAssign(Expr target, Expr value)
    {
        var targets = target switch { TupleExpr t => t.Elts, ListExpr l => l.Elts, _ => default };
        if (targets.IsDefault || value is not TupleExpr source || source.Elts.Length != targets.Length) return null;
        if (targets.Any(t => t is StarredExpr) || source.Elts.Any(e => e is StarredExpr)) return null;
        var values = source.Elts.Select(BuildExpression).ToArray();
        return new AssignParallel(values, targets.Select(BuildStoreTarget).ToArray());
    }

    private ExecTarget BuildStoreTarget(Expr target) => target switch
    {
        NameExpr name => NameTarget(name.Id),
        TupleExpr tuple => BuildUnpack(tuple.Elts),
        ListExpr list => BuildUnpack(list.Elts),
        SubscriptExpr subscript => new AccessNodes.SubscriptTarget(BuildExpression(subscript.Value), BuildIndex(subscript.Slice)),
        AttributeExpr attribute => new AccessNodes.AttributeTarget(BuildExpression(attribute.Value), attribute.Attr),
        StarredExpr => throw Unsupported(target, BackEndMessages.StarredAssignmentTarget),
        _ => throw Unsupported(target, BackEndMessages.CannotAssign),
    };

    private ExecTarget BuildUnpack(ImmutableArray<Expr> targets)
    {
        int star = -1;
        for (int i = 0; i < targets.Length; i++)
        {
            if (targets[i] is not StarredExpr) continue;
            if (star >= 0) throw Unsupported(targets[i], BackEndMessages.MultipleStarredTargets);
            star = i;
        }
        var elements = targets.Select(t => BuildStoreTarget(t is StarredExpr starred ? starred.Value : t)).ToArray();
        return new Unpack(elements, star);
    }

    private ExecTarget BuildDeleteTarget(Expr target) => target switch
    {
        NameExpr name => NameTarget(name.Id),
        SubscriptExpr subscript => new AccessNodes.SubscriptTarget(BuildExpression(subscript.Value), BuildIndex(subscript.Slice)),
        AttributeExpr attribute => new AccessNodes.AttributeTarget(BuildExpression(attribute.Value), attribute.Attr),
        TupleExpr tuple => new Unpack(tuple.Elts.Select(BuildDeleteTarget).ToArray(), -1),
        ListExpr list => new Unpack(list.Elts.Select(BuildDeleteTarget).ToArray(), -1),
        _ => throw Unsupported(target, BackEndMessages.CannotDelete),
    };

    // target op= value: the target's container and index are evaluated once (CPython's DUP_TOP semantics).
    private ExecStmt BuildAugAssign(AugAssignStmt statement)
    {
        var op = OperatorMap.InPlace(statement.Op);
        switch (statement.Target)
        {
            case NameExpr name:
            {
                var load = LoadName(name.Id);
                var value = BuildExpression(statement.Value);
                var store = NameTarget(name.Id);
                return load is NameNodes.LocalLoad && store is NameTargets.Local local
                    ? new AugLocal(local.Slot, _storage.Mangle(name.Id), value, op)
                    : new AugName(load, value, store, op);
            }
            case SubscriptExpr subscript:
            {
                var container = BuildExpression(subscript.Value);
                var index = BuildIndex(subscript.Slice);
                return new AugSubscript(container, index, BuildExpression(statement.Value), op);
            }
            case AttributeExpr attribute:
            {
                var target = BuildExpression(attribute.Value);
                return new AugAttribute(target, attribute.Attr, BuildExpression(statement.Value), op);
            }
            default:
                throw Unsupported(statement.Target, BackEndMessages.IllegalAugmentedTarget);
        }
    }
}
