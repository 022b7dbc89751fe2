using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Arithmetic and logic in value position. Every dynamic operation goes through a call site of
/// the node's own over the runtime's binder (the DLR interpreter's way): the site caches the rules
/// for the operand types this node has seen, so <c>i + 1</c> on ints runs the binder's inline
/// int rule, exactly as in compiled code.
/// </summary>
internal static class OperatorNodes
{
    public sealed class Binary(ExecExpr left, ExecExpr right, PyBinaryOp operation) : ExecExpr
    {
        private readonly BinaryOperation _operation = new(operation);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame)
        {
            var a = left.Evaluate(frame);
            var b = right.Evaluate(frame);
            return _operation.Apply(a, b);
        }
    }

    public sealed class Unary(ExecExpr operand, System.Linq.Expressions.ExpressionType operation) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object>> _site =
            CallSite<Func<CallSite, object, object>>.Create(PyUnaryOperationBinder.Get(operation));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame) => _site.Target(_site, operand.Evaluate(frame));
    }

    /// <summary><c>not x</c> as a value: the truth of the operand (built as a condition), negated and boxed.</summary>
    public sealed class Not(ExecExpr condition) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame) => PyBool.Box(!condition.EvaluateBool(frame));
    }

    /// <summary><c>a or b</c> / <c>a and b</c> as a value: the first operand that decides, else the last; each evaluated once.</summary>
    public sealed class BoolOp(ExecExpr[] values, bool isOr) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame)
        {
            int last = values.Length - 1;
            for (int i = 0; i < last; i++)
            {
                var value = values[i].Evaluate(frame);
                if (PyComparison.IsTrue(value) == isOr) return value;
            }
            return values[last].Evaluate(frame);
        }
    }

    /// <summary><c>body if test else orElse</c>; the test is built as a condition.</summary>
    public sealed class IfExp(ExecExpr test, ExecExpr body, ExecExpr orElse) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame) => test.EvaluateBool(frame) ? body.Evaluate(frame) : orElse.Evaluate(frame);
    }
}
