using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;

namespace DlrClosures.Interpretation;

/// <summary>
/// Comparisons in value position. A rich comparison returns what the operation returned (a user
/// <c>__lt__</c> may return anything); <c>is</c> and <c>in</c> are built as conditions and boxed.
/// Chains arrive lowered to single comparisons over temporaries.
/// </summary>
internal static class CompareNodes
{
    public sealed class Rich(ExecExpr left, ExecExpr right, PyBinaryOp operation, bool intRule) : ExecExpr
    {
        private readonly bool _intRule = intRule && PyIntRules.Has(operation);
        private readonly CallSite<Func<CallSite, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object>>.Create(PyBinaryOperationBinder.Get(operation));

        public override object Evaluate(Frame frame)
        {
            var a = left.Evaluate(frame);
            var b = right.Evaluate(frame);
            if (_intRule && a is long x && b is long y) return PyBool.Box(PyIntRules.Compare(operation, x, y));
            return _site.Target(_site, a, b);
        }
    }
}
