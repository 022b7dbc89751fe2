using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Conditions: expressions whose truth decides a branch (if, while, and/or in a test, not, the
// test of a conditional expression) are lowered to a .NET bool directly, so `if a < b:` boxes
// nothing: the comparison site itself returns bool.
internal sealed partial class CodeLowerer
{
    private Linq.Expression LowerCondition(Expr expression) => expression switch
    {
        ConstantExpr { Value: bool b } => Linq.Expression.Constant(b),
        UnaryOpExpr { Op: UnaryOperator.Not } not => Linq.Expression.Not(LowerCondition(not.Operand)),
        BoolOpExpr { Op: BoolOperator.And } and => and.Values.Select(LowerCondition).Aggregate(Linq.Expression.AndAlso),
        BoolOpExpr { Op: BoolOperator.Or } or => or.Values.Select(LowerCondition).Aggregate(Linq.Expression.OrElse),
        CompareExpr { Ops.Length: 1 } compare => CompareCondition(compare.Ops[0], LowerExpression(compare.Left), LowerExpression(compare.Comparators[0])),
        _ => IsTrue(LowerExpression(expression)),
    };

    private static Linq.Expression CompareCondition(CompareOperator op, Linq.Expression left, Linq.Expression right) => op switch
    {
        CompareOperator.Is => Linq.Expression.ReferenceEqual(left, right),
        CompareOperator.IsNot => Linq.Expression.ReferenceNotEqual(left, right),
        CompareOperator.In => Contains(right, left),
        CompareOperator.NotIn => Linq.Expression.Not(Contains(right, left)),
        _ => LowerBinary(OperatorMap.Compare(op), left, right, typeof(bool)),
    };

    private static Linq.Expression IsTrue(Linq.Expression value) =>
        Linq.Expression.Call(typeof(PyComparison), nameof(PyComparison.IsTrue), null, value);
}
