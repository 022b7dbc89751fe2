using System.Collections.Immutable;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Binding;

// Nested int arithmetic without boxing the intermediates (BoundIntChain). `i * 2 % 7`,
// `total += i % 7` or `(a + b) % m` would box every intermediate result only for the next
// operation to unbox it. When every operand of such a tree is an int that fits in a long, the
// tree is computed in longs and only the final result is boxed; any other operand type, an
// overflow or a zero divisor leaves for the general form of the same tree, which raises or
// promotes exactly as CPython does.
//
// Order of evaluation. The fast path reads every operand before doing any operation, while Python
// interleaves them (a, b, a*b, c, a*b+c). That is only unobservable when no operand evaluated after
// an operation can have an effect; so an operand that is not a name or an int constant (a call, say)
// may only come before the first operation. The general form reuses the values of the operands up
// to the last effectful one, which were evaluated once, in order; names after it are read raw,
// without the unbound check: an unbound name is no long, so the general form runs and raises the
// error in CPython's order.
internal sealed partial class Binder
{
    // Operands already evaluated by a chain's fast path, which its general form reads back.
    private Dictionary<Expr, int>? _evaluatedOperands;
    private bool _bindingChainGeneral;

    /// <summary>
    /// <c>left op right</c> as an int chain when its operands allow it; null when the tree has fewer
    /// than two operations, an operand that cannot take part, or is in a class body (whose names are
    /// namespace lookups).
    /// </summary>
    private BoundIntChain? TryBindIntChain(Expr left, PyBinaryOp op, Expr right, SourceSpan span)
    {
        // Not in a generator: the general path binds its operands a second time, which would spill a yield twice.
        if (_bindingChainGeneral || _context.IsClass || _code.IsGenerator || LongArithmetic.NameOf(op) is null) return null;
        var operands = new List<Expr>();
        bool afterOperation = false;
        int operations = 1;
        if (!CollectOperands(left, operands, ref afterOperation, ref operations)
            || !CollectOperands(right, operands, ref afterOperation, ref operations)
            || operations < 2)
            return null;

        // 1. Every operand in source order into a temporary. Operands up to the last effectful one
        //    are evaluated as usual (a name checked, so an unbound one raises here, where CPython
        //    raises it) and read back by the general form; later names are read raw, and read again
        //    by the general form, since nothing can have changed them in between.
        int lastEffectful = operands.FindLastIndex(o => o is not (NameExpr or ConstantExpr));
        var evaluated = new Dictionary<Expr, int>(ReferenceEqualityComparer.Instance);
        var leaves = new Dictionary<Expr, IntTree>(ReferenceEqualityComparer.Instance);
        var values = ImmutableArray.CreateBuilder<BoundExpr>();
        var slots = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < operands.Count; i++)
        {
            var operand = operands[i];
            if (operand is ConstantExpr { Value: long constant })
            {
                leaves[operand] = new IntConstant(constant);
                continue;
            }
            int slot = Frame.NewTemp();
            if (operand is NameExpr name && i > lastEffectful)
            {
                values.Add(RawLoad(name.Id, name.Span));
            }
            else
            {
                values.Add(BindExpression(operand));
                evaluated[operand] = slot;
            }
            leaves[operand] = new IntOperand(slots.Count);
            slots.Add(slot);
        }

        // 2. The operations, innermost first.
        IntTree Tree(Expr node) => node is BinOpExpr b && LongArithmetic.NameOf(OperatorMap.Binary(b.Op)) is not null
            ? new IntOperation(OperatorMap.Binary(b.Op), Tree(b.Left), Tree(b.Right))
            : leaves[node];
        var tree = new IntOperation(op, Tree(left), Tree(right));

        // 3. The general form, over the operands already evaluated.
        var (savedOperands, savedGeneral) = (_evaluatedOperands, _bindingChainGeneral);
        (_evaluatedOperands, _bindingChainGeneral) = (evaluated, true);
        BoundExpr general;
        try
        {
            var generalLeft = BindExpression(left);
            general = Binary(op, generalLeft, BindExpression(right), span);
        }
        finally
        {
            (_evaluatedOperands, _bindingChainGeneral) = (savedOperands, savedGeneral);
        }
        return new BoundIntChain(values.ToImmutable(), slots.ToImmutable(), tree, general, span);
    }

    // The operands of a chain in evaluation order; false when one cannot take part.
    private static bool CollectOperands(Expr node, List<Expr> operands, ref bool afterOperation, ref int operations)
    {
        if (node is BinOpExpr b && LongArithmetic.NameOf(OperatorMap.Binary(b.Op)) is not null)
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
}
