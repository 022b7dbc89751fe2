using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// A nest of int arithmetic (<see cref="BoundIntChain"/>) computed without boxing the
/// intermediates: the operands are evaluated in order into their slots; if every one holds a long,
/// the tree is computed with <see cref="LongArithmetic"/>'s checked operations and boxed once;
/// otherwise (or on an overflow or a zero divisor) the general expression runs, which reads the
/// operands back from their slots and so raises or promotes as CPython does.
/// </summary>
internal sealed class IntChainNode(ExecExpr[] operands, int[] slots, IntChainNode.LongNode tree, ExecExpr general) : ExecExpr
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override object Evaluate(Frame frame)
    {
        for (int i = 0; i < operands.Length; i++) frame.SetLocal(slots[i], operands[i].Evaluate(frame));
        return tree.TryCompute(frame, out long result) ? PyInt.Box(result) : general.Evaluate(frame);
    }

    /// <summary>The executable form of an <see cref="IntTree"/>, whose operands are read from <paramref name="slots"/>.</summary>
    public static LongNode Build(IntTree tree, ImmutableArray<int> slots) => tree switch
    {
        IntOperand operand => new Operand(slots[operand.Index]),
        IntConstant constant => new Constant(constant.Value),
        IntOperation { Op: var op } operation when PyBinaryOps.OnNumbers(op) is PyBinaryOp.Add or PyBinaryOp.Subtract or PyBinaryOp.Multiply
            or PyBinaryOp.FloorDivide or PyBinaryOp.Modulo or PyBinaryOp.BitAnd or PyBinaryOp.BitOr or PyBinaryOp.BitXor =>
            new Operation(PyBinaryOps.OnNumbers(op), Build(operation.Left, slots), Build(operation.Right, slots)),
        _ => throw new InvalidOperationException($"no long operation for int tree node {tree}"),
    };

    /// <summary>A part of the tree: its value as a long, or false when the general path must run.</summary>
    public abstract class LongNode
    {
        public abstract bool TryCompute(Frame frame, out long result);
    }

    private sealed class Operand(int slot) : LongNode
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool TryCompute(Frame frame, out long result)
        {
            if (frame.Locals[slot] is long value)
            {
                result = value;
                return true;
            }
            result = 0;
            return false;
        }
    }

    private sealed class Constant(long value) : LongNode
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool TryCompute(Frame frame, out long result)
        {
            result = value;
            return true;
        }
    }

    private sealed class Operation(PyBinaryOp op, LongNode left, LongNode right) : LongNode
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool TryCompute(Frame frame, out long result)
        {
            if (!left.TryCompute(frame, out long a) || !right.TryCompute(frame, out long b))
            {
                result = 0;
                return false;
            }
            return op switch
            {
                PyBinaryOp.Add => LongArithmetic.TryAdd(a, b, out result),
                PyBinaryOp.Subtract => LongArithmetic.TrySubtract(a, b, out result),
                PyBinaryOp.Multiply => LongArithmetic.TryMultiply(a, b, out result),
                PyBinaryOp.FloorDivide => LongArithmetic.TryFloorDivide(a, b, out result),
                PyBinaryOp.Modulo => LongArithmetic.TryModulo(a, b, out result),
                PyBinaryOp.BitAnd => LongArithmetic.TryBitAnd(a, b, out result),
                PyBinaryOp.BitOr => LongArithmetic.TryBitOr(a, b, out result),
                _ => LongArithmetic.TryBitXor(a, b, out result),
            };
        }
    }
}
