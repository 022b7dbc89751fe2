using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Arithmetic and logic in value position. Every dynamic operation goes through a call site of
/// the node's own over the runtime's binder (the DLR interpreter's way): the site caches the rules
/// for the operand types this node has seen; where the bound node allows it, two ints take the
/// binder's int rule inline first (<see cref="IntBinary"/>).
/// </summary>
internal static class OperatorNodes
{
    /// <summary><c>left op right</c> through the site alone (the bound node has no int rule; else <see cref="IntBinary"/>).</summary>
    public sealed class Binary(ExecExpr left, ExecExpr right, PyBinaryOp operation) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object>>.Create(PyBinaryOperationBinder.Get(operation));

        public override object Evaluate(Frame frame)
        {
            var a = left.Evaluate(frame);
            var b = right.Evaluate(frame);
            return _site.Target(_site, a, b);
        }
    }

    public sealed class Unary(ExecExpr operand, System.Linq.Expressions.ExpressionType operation) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object>> _site =
            CallSite<Func<CallSite, object, object>>.Create(PyUnaryOperationBinder.Get(operation));

        public override object Evaluate(Frame frame) => _site.Target(_site, operand.Evaluate(frame));
    }

    /// <summary><c>not x</c> as a value: the truth of the operand (built as a condition), negated and boxed.</summary>
    public sealed class Not(ExecExpr condition) : ExecExpr
    {
        public override object Evaluate(Frame frame) => PyBool.Box(!condition.EvaluateBool(frame));
    }

    /// <summary><c>body if test else orElse</c>, and the lowered <c>and</c>, <c>or</c> and comparison chains; the test is a condition.</summary>
    public sealed class IfExp(ExecExpr test, ExecExpr body, ExecExpr orElse) : ExecExpr
    {
        public override object Evaluate(Frame frame) => Tail(this, frame);

        /// <summary>
        /// A chosen branch, and a sequence's value, are evaluated in a loop rather than by a call:
        /// the binder lowers <c>a and b and ...</c> and <c>a &lt; b &lt; ...</c> into conditionals nested
        /// once per operand, and a chain of 100,000 must not cost 100,000 frames of the host's stack.
        /// </summary>
        internal static object Tail(ExecExpr node, Frame frame)
        {
            while (true)
            {
                switch (node)
                {
                    case IfExp conditional:
                        node = conditional._test.EvaluateBool(frame) ? conditional._body : conditional._orElse;
                        break;
                    case Sequence sequence:
                        foreach (var effect in sequence.Effects) effect.Execute(frame);
                        node = sequence.Value;
                        break;
                    default:
                        return node.Evaluate(frame);
                }
            }
        }

        private readonly ExecExpr _test = test, _body = body, _orElse = orElse;
    }

    /// <summary>Effects, then a value: how lowered sugar uses temporaries inside an expression.</summary>
    public sealed class Sequence(ExecStmt[] effects, ExecExpr value) : ExecExpr
    {
        public override object Evaluate(Frame frame) => IfExp.Tail(this, frame);

        internal ExecStmt[] Effects { get; } = effects;

        internal ExecExpr Value { get; } = value;
    }

    /// <summary>An iterator over a value (what a generator expression, evaluated eagerly, hands out).</summary>
    public sealed class GetIterator(ExecExpr value) : ExecExpr
    {
        public override object Evaluate(Frame frame) => PyIteration.GetIterator(value.Evaluate(frame));
    }
}
