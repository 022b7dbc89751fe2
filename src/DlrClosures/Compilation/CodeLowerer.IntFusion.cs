using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Nested int arithmetic without boxing the intermediates. `i * 2 % 7`, `total += i % 7` or
// `(a + b) % m` would box every intermediate result only for the next operation to unbox it. When
// every operand of such a tree is an int that fits in a long, the tree is computed in longs with
// LongArithmetic's checked operations and only the final result is boxed; any other operand type,
// an overflow or a zero divisor leaves for the general lowering of the same tree, which raises or
// promotes exactly as CPython does.
//
// Order of evaluation. The fast path reads every operand before doing any operation, while Python
// interleaves them (a, b, a*b, c, a*b+c). That is only unobservable when no operand evaluated after
// an operation can have an effect; so an operand that is not a name or an int constant (a call, say)
// may only come before the first operation. The general path reuses the values of the operands up
// to the last effectful one, which were evaluated once, in order; names after it are read raw,
// without the unbound check: an unbound name is no long, so the general path runs and raises the
// error in CPython's order.
internal sealed partial class CodeLowerer
{
    // Operands already evaluated by a fused tree's fast path, which its general path reuses.
    private Dictionary<Expr, Linq.ParameterExpression>? _evaluatedOperands;
    private bool _loweringFusedFallback;

    /// <summary>
    /// <c>left op right</c> computed in longs when its operands allow it, with <paramref name="general"/>
    /// (the ordinary lowering of the same operation) as the fallback; null when the tree has fewer
    /// than two operations or an operand that cannot be fused.
    /// </summary>
    private Linq.Expression? TryLowerFusedInt(Expr left, PyBinaryOp op, Expr right, Func<Linq.Expression> general)
    {
        if (_loweringFusedFallback || _env.IsClass || LongOperation(op) is null) return null;
        var operands = new List<Expr>();
        bool afterOperation = false;
        int operations = 1;
        if (!CollectOperands(left, operands, ref afterOperation, ref operations)
            || !CollectOperands(right, operands, ref afterOperation, ref operations)
            || operations < 2)
            return null;

        var temps = new List<Linq.ParameterExpression>();
        var body = new List<Linq.Expression>();
        var slow = Linq.Expression.Label("int_fallback");
        var done = Linq.Expression.Label(typeof(object), "int_done");
        var evaluated = new Dictionary<Expr, Linq.ParameterExpression>(ReferenceEqualityComparer.Instance);
        var longs = new Dictionary<Expr, Linq.Expression>(ReferenceEqualityComparer.Instance);

        // 1. Every operand in source order, then whether each is a long. Operands up to the
        //    last effectful one are evaluated as usual (a name checked, so an unbound one raises here,
        //    where CPython raises it) and reused by the general path; later names are read raw and
        //    read again by the general path, since nothing can have changed them in between.
        int lastEffectful = operands.FindLastIndex(o => o is not (NameExpr or ConstantExpr));
        var values = new List<(Expr Operand, Linq.ParameterExpression Value)>();
        for (int i = 0; i < operands.Count; i++)
        {
            var operand = operands[i];
            if (operand is ConstantExpr { Value: long constant })
            {
                longs[operand] = Linq.Expression.Constant(constant);
                continue;
            }
            var value = Linq.Expression.Variable(typeof(object), "operand");
            temps.Add(value);
            if (operand is NameExpr name && i > lastEffectful)
            {
                body.Add(Linq.Expression.Assign(value, RawLoad(name.Id)));
            }
            else
            {
                body.Add(Linq.Expression.Assign(value, LowerExpression(operand)));
                evaluated[operand] = value;
            }
            values.Add((operand, value));
        }
        // Only once every operand is evaluated: the general path needs them all.
        foreach (var (operand, value) in values)
        {
            var number = Linq.Expression.Variable(typeof(long), "int");
            temps.Add(number);
            body.Add(Linq.Expression.IfThen(Linq.Expression.Not(Linq.Expression.TypeIs(value, typeof(long))), Linq.Expression.Goto(slow)));
            body.Add(Linq.Expression.Assign(number, Linq.Expression.Unbox(value, typeof(long))));
            longs[operand] = number;
        }

        // 2. The operations, innermost first; each may refuse (overflow, zero divisor).
        Linq.Expression Compute(PyBinaryOp operation, Linq.Expression a, Linq.Expression b)
        {
            var result = Linq.Expression.Variable(typeof(long), "result");
            temps.Add(result);
            body.Add(Linq.Expression.IfThen(Linq.Expression.Not(
                Linq.Expression.Call(typeof(LongArithmetic), LongOperation(operation)!, null, a, b, result)), Linq.Expression.Goto(slow)));
            return result;
        }
        Linq.Expression Tree(Expr node) => node is BinOpExpr b && LongOperation(OperatorMap.Binary(b.Op)) is not null
            ? Compute(OperatorMap.Binary(b.Op), Tree(b.Left), Tree(b.Right))
            : longs[node];
        var total = Compute(op, Tree(left), Tree(right));
        body.Add(Linq.Expression.Return(done, Linq.Expression.Call(typeof(PyInt), nameof(PyInt.Box), null, total)));

        // 3. The general path, over the operands already evaluated.
        body.Add(Linq.Expression.Label(slow));
        var (savedOperands, savedFallback) = (_evaluatedOperands, _loweringFusedFallback);
        (_evaluatedOperands, _loweringFusedFallback) = (evaluated, true);
        try
        {
            body.Add(Linq.Expression.Label(done, general()));
        }
        finally
        {
            (_evaluatedOperands, _loweringFusedFallback) = (savedOperands, savedFallback);
        }
        return Linq.Expression.Block(typeof(object), temps, body);
    }

    // The operands of a fusable tree in evaluation order; false when one cannot take part.
    private static bool CollectOperands(Expr node, List<Expr> operands, ref bool afterOperation, ref int operations)
    {
        if (node is BinOpExpr b && LongOperation(OperatorMap.Binary(b.Op)) is not null)
        {
            if (!CollectOperands(b.Left, operands, ref afterOperation, ref operations)
                || !CollectOperands(b.Right, operands, ref afterOperation, ref operations))
                return false;
            afterOperation = true;
            operations++;
            return true;
        }
        switch (node)
        {
            case ConstantExpr { Value: long }:
            case NameExpr:
                break;
            case ConstantExpr:
                return false; // a float or str constant: not an int computation
            default:
                if (afterOperation) return false; // evaluating it after an operation is observable
                break;
        }
        operands.Add(node);
        return true;
    }

    // The LongArithmetic method for op on two longs, or null when there is none.
    private static string? LongOperation(PyBinaryOp op)
    {
        return PyBinaryOps.OnNumbers(op) switch
        {
            PyBinaryOp.Add => nameof(LongArithmetic.TryAdd),
            PyBinaryOp.Subtract => nameof(LongArithmetic.TrySubtract),
            PyBinaryOp.Multiply => nameof(LongArithmetic.TryMultiply),
            PyBinaryOp.FloorDivide => nameof(LongArithmetic.TryFloorDivide),
            PyBinaryOp.Modulo => nameof(LongArithmetic.TryModulo),
            PyBinaryOp.BitAnd => nameof(LongArithmetic.TryBitAnd),
            PyBinaryOp.BitOr => nameof(LongArithmetic.TryBitOr),
            PyBinaryOp.BitXor => nameof(LongArithmetic.TryBitXor),
            _ => null,
        };
    }

    // A name's current value without the unbound check (PyUnbound when unbound), for the fast path.
    private Linq.Expression RawLoad(string name)
    {
        var kind = _env.IsModule ? BindingKind.GlobalImplicit : _env.Lookup(name);
        return kind switch
        {
            BindingKind.Local => _env.Local(name),
            BindingKind.Cell or BindingKind.Free => BoxValue(_env.GetBox(name)),
            _ => BoxValue(GlobalCell(name)),
        };
    }
}
