using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;
using DlrClosures.Syntax;

namespace DlrClosures.Interpretation;

/// <summary>
/// Comparisons in value position. A rich comparison returns what the operation returned (a user
/// <c>__lt__</c> may return anything); <c>is</c> and <c>in</c> are built as conditions and boxed.
/// A chain <c>a &lt; b &lt; c</c> evaluates each middle operand once and stops at the first false link.
/// </summary>
internal static class CompareNodes
{
    public sealed class Rich(ExecExpr left, ExecExpr right, PyBinaryOp operation) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object>>.Create(PyBinaryOperationBinder.Get(operation));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame)
        {
            var a = left.Evaluate(frame);
            var b = right.Evaluate(frame);
            if (a is long x && b is long y) return PyBool.Box(IntRules.Compare(operation, x, y));
            return _site.Target(_site, a, b);
        }
    }

    /// <summary>One link of a chain: a comparison of two values already evaluated.</summary>
    public sealed class Link
    {
        private readonly CompareOperator _op;
        private readonly CallSite<Func<CallSite, object, object, object>>? _site;

        public Link(CompareOperator op)
        {
            _op = op;
            if (op is not (CompareOperator.Is or CompareOperator.IsNot or CompareOperator.In or CompareOperator.NotIn))
                _site = CallSite<Func<CallSite, object, object, object>>.Create(PyBinaryOperationBinder.Get(OperatorMap.Compare(op)));
        }

        public object Compare(object left, object right) => _op switch
        {
            CompareOperator.Is => PyBool.Box(ReferenceEquals(left, right)),
            CompareOperator.IsNot => PyBool.Box(!ReferenceEquals(left, right)),
            CompareOperator.In => PyBool.Box(PyComparison.Contains(right, left)),
            CompareOperator.NotIn => PyBool.Box(!PyComparison.Contains(right, left)),
            _ => _site!.Target(_site, left, right),
        };
    }

    public sealed class Chain(ExecExpr left, ExecExpr[] comparators, Link[] links) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame)
        {
            var a = left.Evaluate(frame);
            object result = PyNone.Instance;
            for (int i = 0; i < links.Length; i++)
            {
                var b = comparators[i].Evaluate(frame);
                result = links[i].Compare(a, b);
                if (i < links.Length - 1 && !PyComparison.IsTrue(result)) return result;
                a = b;
            }
            return result;
        }
    }
}
