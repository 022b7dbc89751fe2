using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Binders;

namespace DlrClosures.Interpretation;

/// <summary>
/// <c>left op right</c> where the bound node says the small-int rule applies: two ints that fit a
/// long take <see cref="PyIntRules.Apply"/> inline, anything else the node's call site over
/// <see cref="PyBinaryOperationBinder"/>. There is one node class per operation (a generic over a
/// rule struct that passes the operation as a constant), so the JIT folds the rule's dispatch and
/// inlines only the one arithmetic helper: with the dispatch left in, the inliner gave up on the
/// helpers and <c>total = total + i</c> cost a fifth more per iteration.
/// </summary>
internal static class IntBinary
{
    /// <summary>The node for <paramref name="op"/>, which must have an int rule (<see cref="PyIntRules.Has"/>).</summary>
    public static ExecExpr Create(ExecExpr left, ExecExpr right, PyBinaryOp op) => PyBinaryOps.OnNumbers(op) switch
    {
        PyBinaryOp.Add => new Node<Add>(left, right, op),
        PyBinaryOp.Subtract => new Node<Subtract>(left, right, op),
        PyBinaryOp.Multiply => new Node<Multiply>(left, right, op),
        PyBinaryOp.FloorDivide => new Node<FloorDivide>(left, right, op),
        PyBinaryOp.Modulo => new Node<Modulo>(left, right, op),
        PyBinaryOp.BitAnd => new Node<BitAnd>(left, right, op),
        PyBinaryOp.BitOr => new Node<BitOr>(left, right, op),
        PyBinaryOp.BitXor => new Node<BitXor>(left, right, op),
        _ => new Node<Dispatch>(left, right, op),
    };

    private interface IRule
    {
        static abstract object Apply(PyBinaryOp op, long a, long b);
    }

    private sealed class Node<TRule>(ExecExpr left, ExecExpr right, PyBinaryOp op) : ExecExpr where TRule : struct, IRule
    {
        private readonly CallSite<Func<CallSite, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object>>.Create(PyBinaryOperationBinder.Get(op));

        public override object Evaluate(Frame frame)
        {
            var a = left.Evaluate(frame);
            var b = right.Evaluate(frame);
            return a is long x && b is long y ? TRule.Apply(op, x, y) : _site.Target(_site, a, b);
        }
    }

    private struct Add : IRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static object Apply(PyBinaryOp op, long a, long b) => PyIntRules.Apply(PyBinaryOp.Add, a, b);
    }

    private struct Subtract : IRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static object Apply(PyBinaryOp op, long a, long b) => PyIntRules.Apply(PyBinaryOp.Subtract, a, b);
    }

    private struct Multiply : IRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static object Apply(PyBinaryOp op, long a, long b) => PyIntRules.Apply(PyBinaryOp.Multiply, a, b);
    }

    private struct FloorDivide : IRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static object Apply(PyBinaryOp op, long a, long b) => PyIntRules.Apply(PyBinaryOp.FloorDivide, a, b);
    }

    private struct Modulo : IRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static object Apply(PyBinaryOp op, long a, long b) => PyIntRules.Apply(PyBinaryOp.Modulo, a, b);
    }

    private struct BitAnd : IRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static object Apply(PyBinaryOp op, long a, long b) => PyIntRules.Apply(PyBinaryOp.BitAnd, a, b);
    }

    private struct BitOr : IRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static object Apply(PyBinaryOp op, long a, long b) => PyIntRules.Apply(PyBinaryOp.BitOr, a, b);
    }

    private struct BitXor : IRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static object Apply(PyBinaryOp op, long a, long b) => PyIntRules.Apply(PyBinaryOp.BitXor, a, b);
    }

    // Any other operation with a rule (a comparison): the rule's own dispatch.
    private struct Dispatch : IRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static object Apply(PyBinaryOp op, long a, long b) => PyIntRules.Apply(op, a, b);
    }
}
