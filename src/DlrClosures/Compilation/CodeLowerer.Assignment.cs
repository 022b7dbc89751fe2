using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Assignment: names by binding kind, unpacking, subscripts, attributes, augmented assignment.
internal sealed partial class CodeLowerer
{
    private Linq.Expression LowerAssign(AssignStmt statement)
    {
        // a, b = b, a: evaluate the right-hand elements into temporaries and assign them directly,
        // without building a tuple (CPython does the same for small swaps).
        if (statement.Targets is [var onlyTarget] && TryLowerParallelAssign(onlyTarget, statement.Value) is { } parallel)
            return parallel;
        var value = Linq.Expression.Variable(typeof(object), "value");
        var body = new List<Linq.Expression> { Linq.Expression.Assign(value, LowerExpression(statement.Value)) };
        foreach (var target in statement.Targets) body.Add(LowerStore(target, value));
        return Linq.Expression.Block(typeof(void), [value], body);
    }

    private Linq.Expression? TryLowerParallelAssign(Expr target, Expr value)
    {
        var targets = target switch { TupleExpr t => t.Elts, ListExpr l => l.Elts, _ => default };
        if (targets.IsDefault || value is not TupleExpr source || source.Elts.Length != targets.Length) return null;
        if (targets.Any(t => t is StarredExpr) || source.Elts.Any(e => e is StarredExpr)) return null;
        var temps = source.Elts.Select((_, i) => Linq.Expression.Variable(typeof(object), "t" + i)).ToArray();
        var body = new List<Linq.Expression>();
        for (int i = 0; i < temps.Length; i++) body.Add(Linq.Expression.Assign(temps[i], LowerExpression(source.Elts[i])));
        for (int i = 0; i < temps.Length; i++) body.Add(LowerStore(targets[i], temps[i]));
        return Linq.Expression.Block(typeof(void), temps, body);
    }

    /// <summary>Stores <paramref name="value"/> (a variable or constant: it may be read more than once) into a target.</summary>
    private Linq.Expression LowerStore(Expr target, Linq.Expression value) => target switch
    {
        NameExpr name => StoreName(name.Id, value),
        TupleExpr tuple => LowerUnpack(tuple.Elts, value),
        ListExpr list => LowerUnpack(list.Elts, value),
        SubscriptExpr subscript => Linq.Expression.Dynamic(PySetIndexBinder.Instance, typeof(object),
            LowerExpression(subscript.Value), LowerIndex(subscript.Slice), value),
        AttributeExpr attribute => Linq.Expression.Dynamic(PySetMemberBinder.Get(attribute.Attr), typeof(object),
            LowerExpression(attribute.Value), value),
        StarredExpr => throw Unsupported(target, BackEndMessages.StarredAssignmentTarget),
        _ => throw Unsupported(target, BackEndMessages.CannotAssign),
    };

    private Linq.Expression LowerUnpack(System.Collections.Immutable.ImmutableArray<Expr> targets, Linq.Expression value)
    {
        int star = -1;
        for (int i = 0; i < targets.Length; i++)
        {
            if (targets[i] is not StarredExpr) continue;
            if (star >= 0) throw Unsupported(targets[i], BackEndMessages.MultipleStarredTargets);
            star = i;
        }
        var items = Linq.Expression.Variable(typeof(object[]), "items");
        Linq.Expression unpack = star < 0
            ? Linq.Expression.Call(typeof(PyIteration), nameof(PyIteration.Unpack), null, value, Linq.Expression.Constant(targets.Length))
            : Linq.Expression.Call(typeof(PyIteration), nameof(PyIteration.UnpackStarred), null, value,
                Linq.Expression.Constant(star), Linq.Expression.Constant(targets.Length - star - 1));
        var body = new List<Linq.Expression> { Linq.Expression.Assign(items, unpack) };
        for (int i = 0; i < targets.Length; i++)
        {
            var element = Linq.Expression.Variable(typeof(object), "element" + i);
            var target = targets[i] is StarredExpr starred ? starred.Value : targets[i];
            body.Add(Linq.Expression.Block(typeof(void), [element],
                Linq.Expression.Assign(element, Linq.Expression.ArrayIndex(items, Linq.Expression.Constant(i))),
                LowerStore(target, element)));
        }
        return Linq.Expression.Block(typeof(void), [items], body);
    }

    // Names are stored as the scope stores them: inside a class, private names mangled
    // (_C__x, Python/compile.c _Py_Mangle), for namespace keys, global cells and messages alike.
    private Linq.Expression StoreName(string name, Linq.Expression value)
    {
        var stored = _env.Scope.Mangle(name);
        if (_env.IsModule) return Linq.Expression.Assign(BoxValue(GlobalCell(stored)), value);
        if (_env.IsClass && _env.Lookup(name) == BindingKind.Local)
            return Linq.Expression.Assign(Linq.Expression.Property(_env.ClassNamespace!, "Item", Linq.Expression.Constant(stored, typeof(object))), value);
        return _env.Lookup(name) switch
        {
            BindingKind.Local => Linq.Expression.Assign(_env.Local(name), value),
            BindingKind.Cell or BindingKind.Free => Linq.Expression.Assign(BoxValue(_env.GetBox(name)), value),
            _ => Linq.Expression.Assign(BoxValue(GlobalCell(stored)), value),
        };
    }

    private Linq.Expression LoadName(string name)
    {
        var stored = _env.Scope.Mangle(name);
        var nameConstant = Linq.Expression.Constant(stored);
        var kind = _env.IsModule ? BindingKind.GlobalImplicit : _env.Lookup(name);
        if (_env.IsClass)
        {
            // Class bodies look names up in the namespace being built first (LOAD_NAME, LOAD_CLASSDEREF).
            if (kind == BindingKind.Free)
                return Linq.Expression.Call(typeof(PyNames), nameof(PyNames.LoadClassFree), null, _env.ClassNamespace!, nameConstant, _env.GetBox(name));
            if (kind != BindingKind.GlobalExplicit)
                return Linq.Expression.Call(typeof(PyNames), nameof(PyNames.LoadClassName), null, _env.ClassNamespace!, nameConstant, GlobalCell(stored));
        }
        return kind switch
        {
            BindingKind.Local when _env.IsAlwaysBound(name) => _env.Local(name),
            BindingKind.Local => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.CheckLocal), null, _env.Local(name), nameConstant),
            BindingKind.Cell => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.CheckLocal), null, BoxValue(_env.GetBox(name)), nameConstant),
            BindingKind.Free => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.CheckFree), null, BoxValue(_env.GetBox(name)), nameConstant),
            _ => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.LoadGlobal), null, GlobalCell(stored), nameConstant),
        };
    }

    private Linq.Expression DeleteName(string name)
    {
        var stored = _env.Scope.Mangle(name);
        var nameConstant = Linq.Expression.Constant(stored);
        var kind = _env.IsModule ? BindingKind.GlobalImplicit : _env.Lookup(name);
        if (_env.IsClass && kind == BindingKind.Local)
            return Linq.Expression.Call(typeof(PyNames), nameof(PyNames.DeleteClassName), null, _env.ClassNamespace!, nameConstant);
        return kind switch
        {
            BindingKind.Local => Linq.Expression.Block(
                Linq.Expression.Call(typeof(PyNames), nameof(PyNames.CheckLocal), null, _env.Local(name), nameConstant),
                Linq.Expression.Assign(_env.Local(name), s_unbound),
                Linq.Expression.Empty()),
            BindingKind.Cell or BindingKind.Free => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.DeleteCell), null,
                _env.GetBox(name), nameConstant, Linq.Expression.Constant(kind == BindingKind.Free)),
            _ => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.DeleteGlobal), null, GlobalCell(stored), nameConstant),
        };
    }

    // target op= value: the target's container and index are evaluated once (CPython's DUP_TOP semantics).
    private Linq.Expression LowerAugAssign(AugAssignStmt statement)
    {
        var op = OperatorMap.InPlace(statement.Op);
        Linq.Expression Combine(Linq.Expression current) =>
            LowerBinary(op, current, LowerExpression(statement.Value), typeof(object));

        switch (statement.Target)
        {
            case NameExpr name:
                return StoreName(name.Id, TryLowerFusedInt(name, op, statement.Value, () => Combine(LowerExpression(name)))
                    ?? Combine(LoadName(name.Id)));
            case SubscriptExpr subscript:
            {
                var container = Linq.Expression.Variable(typeof(object), "container");
                var index = Linq.Expression.Variable(typeof(object), "index");
                return Linq.Expression.Block(typeof(void), [container, index],
                    Linq.Expression.Assign(container, LowerExpression(subscript.Value)),
                    Linq.Expression.Assign(index, LowerIndex(subscript.Slice)),
                    Linq.Expression.Dynamic(PySetIndexBinder.Instance, typeof(object), container, index,
                        Combine(Linq.Expression.Dynamic(PyGetIndexBinder.Instance, typeof(object), container, index))));
            }
            case AttributeExpr attribute:
            {
                var target = Linq.Expression.Variable(typeof(object), "target");
                return Linq.Expression.Block(typeof(void), [target],
                    Linq.Expression.Assign(target, LowerExpression(attribute.Value)),
                    Linq.Expression.Dynamic(PySetMemberBinder.Get(attribute.Attr), typeof(object), target,
                        Combine(Linq.Expression.Dynamic(PyGetMemberBinder.Get(attribute.Attr), typeof(object), target))));
            }
            default:
                throw Unsupported(statement.Target, BackEndMessages.IllegalAugmentedTarget);
        }
    }
}
