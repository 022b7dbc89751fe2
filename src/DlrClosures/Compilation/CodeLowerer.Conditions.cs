using DlrClosures.Binding;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Conditions: a test is translated to a .NET bool directly, so `if a < b:` boxes nothing: the
// comparison site itself returns bool.
internal sealed partial class CodeLowerer
{
    public Linq.Expression VisitConstant(BoundConstantCondition node) => Linq.Expression.Constant(node.Value);

    public Linq.Expression VisitTruth(BoundTruth node) =>
        Linq.Expression.Call(typeof(PyComparison), nameof(PyComparison.IsTrue), null, Lower(node.Value));

    public Linq.Expression VisitNot(BoundNotCondition node) => Linq.Expression.Not(LowerCondition(node.Operand));

    public Linq.Expression VisitLogical(BoundLogicalCondition node) =>
        node.Operands.Select(LowerCondition).Aggregate(node.IsOr
            ? (Func<Linq.Expression, Linq.Expression, Linq.Expression>)Linq.Expression.OrElse
            : Linq.Expression.AndAlso);

    public Linq.Expression VisitCompare(BoundCompareCondition node)
    {
        var left = Lower(node.Left);
        var right = Lower(node.Right);
        return node.Kind switch
        {
            ComparisonKind.Is => Linq.Expression.ReferenceEqual(left, right),
            ComparisonKind.IsNot => Linq.Expression.ReferenceNotEqual(left, right),
            ComparisonKind.In => Contains(right, left),
            ComparisonKind.NotIn => Linq.Expression.Not(Contains(right, left)),
            _ => LowerBinary(node.Op, left, right, typeof(bool), node.IntRule),
        };
    }
}
