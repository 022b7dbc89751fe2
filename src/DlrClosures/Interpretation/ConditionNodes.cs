using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Expressions built for their truth: the tests of if, while, assert, conditional expressions and
/// comprehension filters, and the operand of <c>not</c> (the bound tree's conditions). Each
/// answers <see cref="ExecExpr.EvaluateBool"/> without boxing: a single comparison asks a
/// bool-returning call site, and <c>and</c>/<c>or</c> combine their operands' truths.
/// <see cref="ExecExpr.Evaluate"/> is the boxed truth, for completeness.
/// </summary>
internal static class ConditionNodes
{
    public abstract class Condition : ExecExpr
    {
        public sealed override object Evaluate(Frame frame) => PyBool.Box(EvaluateBool(frame));

        public abstract override bool EvaluateBool(Frame frame);
    }

    public sealed class Constant(bool value) : Condition
    {
        public override bool EvaluateBool(Frame frame) => value;
    }

    public sealed class Not(ExecExpr operand) : Condition
    {
        public override bool EvaluateBool(Frame frame) => !operand.EvaluateBool(frame);
    }

    public sealed class And(ExecExpr[] operands) : Condition
    {
        public override bool EvaluateBool(Frame frame)
        {
            foreach (var operand in operands)
                if (!operand.EvaluateBool(frame)) return false;
            return true;
        }
    }

    public sealed class Or(ExecExpr[] operands) : Condition
    {
        public override bool EvaluateBool(Frame frame)
        {
            foreach (var operand in operands)
                if (operand.EvaluateBool(frame)) return true;
            return false;
        }
    }

    /// <summary><c>a &lt; b</c> and the other rich comparisons, through a site whose binder returns bool.</summary>
    public sealed class Compare(ExecExpr left, ExecExpr right, PyBinaryOp operation, bool intRule) : Condition
    {
        private readonly bool _intRule = intRule && PyIntRules.Has(operation);
        private readonly CallSite<Func<CallSite, object, object, bool>> _site =
            CallSite<Func<CallSite, object, object, bool>>.Create(PyBinaryOperationBinder.Get(operation, typeof(bool)));

        public override bool EvaluateBool(Frame frame)
        {
            var a = left.Evaluate(frame);
            var b = right.Evaluate(frame);
            if (_intRule && a is long x && b is long y) return PyIntRules.Compare(operation, x, y);
            return _site.Target(_site, a, b);
        }
    }

    /// <summary><c>a is b</c> / <c>a is not b</c>: identity, no site.</summary>
    public sealed class Is(ExecExpr left, ExecExpr right, bool negated) : Condition
    {
        public override bool EvaluateBool(Frame frame)
        {
            var a = left.Evaluate(frame);
            var b = right.Evaluate(frame);
            return ReferenceEquals(a, b) != negated;
        }
    }

    /// <summary><c>a in b</c> / <c>a not in b</c> (CONTAINS_OP): the left operand is evaluated first.</summary>
    public sealed class In(ExecExpr left, ExecExpr right, bool negated) : Condition
    {
        public override bool EvaluateBool(Frame frame)
        {
            var item = left.Evaluate(frame);
            var container = right.Evaluate(frame);
            return PyComparison.Contains(container, item) != negated;
        }
    }
}
