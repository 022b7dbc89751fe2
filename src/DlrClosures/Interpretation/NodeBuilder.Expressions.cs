using System.Collections.Immutable;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Interpretation;

// Expressions that produce a value, and conditions: expressions whose truth decides a branch
// (the tests of if, while, assert, conditional expressions and comprehension filters, and the
// operand of not), built so that a comparison there boxes nothing.
internal sealed partial class NodeBuilder
{
    private ExecExpr BuildExpression(Expr expression) => expression switch
    {
        ConstantExpr c => Constant(c.Value),
        NameExpr n => LoadName(n.Id),
        BinOpExpr b => BuildBinary(b),
        UnaryOpExpr u => BuildUnary(u),
        BoolOpExpr b => BuildBoolOp(b),
        CompareExpr c => BuildCompare(c),
        IfExpExpr i => BuildIfExp(i),
        CallExpr c => BuildCall(c),
        AttributeExpr a => new AccessNodes.Attribute(BuildExpression(a.Value), a.Attr),
        SubscriptExpr s => BuildSubscript(s),
        LambdaExpr l => BuildFunctionCreation(l, l.Args, "<lambda>"),
        ListExpr l => BuildSequenceDisplay(l.Elts, DisplayNodes.StarredKind.List),
        TupleExpr t => BuildSequenceDisplay(t.Elts, DisplayNodes.StarredKind.Tuple),
        SetExpr s => BuildSequenceDisplay(s.Elts, DisplayNodes.StarredKind.Set),
        DictExpr d => BuildDict(d),
        ListCompExpr or SetCompExpr or DictCompExpr or GeneratorExpExpr => BuildComprehension(expression),
        JoinedStrExpr j => new DisplayNodes.JoinedStr(j.Values
            .Select(v => v is ConstantExpr { Value: string s } ? new DisplayNodes.Constant(s) : BuildExpression(v)).ToArray()),
        FormattedValueExpr f => BuildFormattedValue(f),
        SliceExpr s => BuildSlice(s),
        StarredExpr s => throw Unsupported(s, BackEndMessages.StarredHere),
        _ => throw Unsupported(expression, BackEndMessages.UnsupportedExpression(expression)),
    };

    private ExecExpr BuildBinary(BinOpExpr binary)
    {
        var left = BuildExpression(binary.Left);
        var right = BuildExpression(binary.Right);
        return new OperatorNodes.Binary(left, right, OperatorMap.Binary(binary.Op));
    }

    private ExecExpr BuildUnary(UnaryOpExpr unary)
    {
        if (ConstantFolding.TryFold(unary, out var folded)) return Constant(folded);
        return unary.Op switch
        {
            UnaryOperator.Not => new OperatorNodes.Not(BuildCondition(unary.Operand)),
            UnaryOperator.USub => new OperatorNodes.Unary(BuildExpression(unary.Operand), Linq.ExpressionType.Negate),
            UnaryOperator.UAdd => new OperatorNodes.Unary(BuildExpression(unary.Operand), Linq.ExpressionType.UnaryPlus),
            _ => new OperatorNodes.Unary(BuildExpression(unary.Operand), Linq.ExpressionType.OnesComplement),
        };
    }

    // Built last operand first, as the compiler lowers it.
    private ExecExpr BuildBoolOp(BoolOpExpr boolOp)
    {
        var values = new ExecExpr[boolOp.Values.Length];
        for (int i = values.Length - 1; i >= 0; i--) values[i] = BuildExpression(boolOp.Values[i]);
        return new OperatorNodes.BoolOp(values, boolOp.Op == BoolOperator.Or);
    }

    private ExecExpr BuildCompare(CompareExpr compare)
    {
        var left = BuildExpression(compare.Left);
        if (compare.Ops.Length == 1)
        {
            var right = BuildExpression(compare.Comparators[0]);
            return compare.Ops[0] is CompareOperator.Is or CompareOperator.IsNot or CompareOperator.In or CompareOperator.NotIn
                ? CompareCondition(compare.Ops[0], left, right)
                : new CompareNodes.Rich(left, right, OperatorMap.Compare(compare.Ops[0]));
        }
        var comparators = compare.Comparators.Select(BuildExpression).ToArray();
        return new CompareNodes.Chain(left, comparators, compare.Ops.Select(op => new CompareNodes.Link(op)).ToArray());
    }

    private ExecExpr BuildIfExp(IfExpExpr conditional)
    {
        var test = BuildCondition(conditional.Test);
        var body = BuildExpression(conditional.Body);
        return new OperatorNodes.IfExp(test, body, BuildExpression(conditional.OrElse));
    }

    private ExecExpr BuildCondition(Expr expression)
    {
        switch (expression)
        {
            case ConstantExpr { Value: bool b }:
                return new ConditionNodes.Constant(b);
            case UnaryOpExpr { Op: UnaryOperator.Not } not:
                return new ConditionNodes.Not(BuildCondition(not.Operand));
            case BoolOpExpr { Op: BoolOperator.And } and:
                return new ConditionNodes.And(and.Values.Select(BuildCondition).ToArray());
            case BoolOpExpr { Op: BoolOperator.Or } or:
                return new ConditionNodes.Or(or.Values.Select(BuildCondition).ToArray());
            case CompareExpr { Ops.Length: 1 } compare:
                var left = BuildExpression(compare.Left);
                return CompareCondition(compare.Ops[0], left, BuildExpression(compare.Comparators[0]));
            default:
                // Any other node answers EvaluateBool with the Python truth of its value.
                return BuildExpression(expression);
        }
    }

    private static ExecExpr CompareCondition(CompareOperator op, ExecExpr left, ExecExpr right) => op switch
    {
        CompareOperator.Is => new ConditionNodes.Is(left, right, negated: false),
        CompareOperator.IsNot => new ConditionNodes.Is(left, right, negated: true),
        CompareOperator.In => new ConditionNodes.In(left, right, negated: false),
        CompareOperator.NotIn => new ConditionNodes.In(left, right, negated: true),
        _ => new ConditionNodes.Compare(left, right, OperatorMap.Compare(op)),
    };

    private ExecExpr BuildSubscript(SubscriptExpr subscript)
    {
        var container = BuildExpression(subscript.Value);
        return new AccessNodes.Subscript(container, BuildIndex(subscript.Slice));
    }

    private ExecExpr BuildIndex(Expr slice) => slice is SliceExpr s ? BuildSlice(s) : BuildExpression(slice);

    private ExecExpr BuildSlice(SliceExpr slice)
    {
        var lower = slice.Lower is null ? null : BuildExpression(slice.Lower);
        var upper = slice.Upper is null ? null : BuildExpression(slice.Upper);
        return new AccessNodes.Slice(lower, upper, slice.Step is null ? null : BuildExpression(slice.Step));
    }

    // [a, b], (a, b), {a, b}: built directly; with *x elements, by the runtime's display helpers.
    private ExecExpr BuildSequenceDisplay(ImmutableArray<Expr> elements, DisplayNodes.StarredKind kind)
    {
        var values = elements.Select(e => BuildExpression(e is StarredExpr s ? s.Value : e)).ToArray();
        if (elements.Any(e => e is StarredExpr))
            return new DisplayNodes.Starred(values, elements.Select(e => e is StarredExpr).ToArray(), kind);
        return kind switch
        {
            DisplayNodes.StarredKind.Tuple => new DisplayNodes.Tuple(values),
            DisplayNodes.StarredKind.List => new DisplayNodes.List(values),
            _ when values.All(v => v is DisplayNodes.Constant) && elements.All(e => ConstantFolding.TryFold(e, out _)) =>
                new DisplayNodes.ConstantSet(values.Select(v => ((DisplayNodes.Constant)v).Value).ToArray()),
            _ => new DisplayNodes.Set(values),
        };
    }

    private ExecExpr BuildDict(DictExpr dict)
    {
        var keys = dict.Keys.Select(k => k is null ? null : BuildExpression(k)).ToArray();
        return new DisplayNodes.Dict(keys, dict.Values.Select(BuildExpression).ToArray());
    }

    private ExecExpr BuildFormattedValue(FormattedValueExpr field)
    {
        var value = BuildExpression(field.Value);
        return new DisplayNodes.FormattedValue(value, field.Conversion, field.FormatSpec is null ? null : BuildExpression(field.FormatSpec));
    }
}
