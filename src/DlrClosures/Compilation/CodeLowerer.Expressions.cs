using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Expressions that produce a value. Every dynamic operation is a DynamicExpression over one of the
// runtime's binders: LambdaExpression.Compile turns each into a CallSite<T> that caches its rules.
internal sealed partial class CodeLowerer
{
    private Linq.Expression LowerExpression(Expr expression) => expression switch
    {
        _ when _evaluatedOperands is not null && _evaluatedOperands.TryGetValue(expression, out var evaluated) => evaluated,
        ConstantExpr c => Constant(c.Value),
        NameExpr n => LoadName(n.Id),
        BinOpExpr b => LowerBinOp(b),
        UnaryOpExpr u => LowerUnary(u),
        BoolOpExpr b => LowerBoolOp(b),
        CompareExpr c => LowerCompare(c),
        IfExpExpr i => Linq.Expression.Condition(LowerCondition(i.Test), LowerExpression(i.Body), LowerExpression(i.OrElse), typeof(object)),
        CallExpr c => LowerCall(c),
        AttributeExpr a => Linq.Expression.Dynamic(PyGetMemberBinder.Get(a.Attr), typeof(object), LowerExpression(a.Value)),
        SubscriptExpr s => Linq.Expression.Dynamic(PyGetIndexBinder.Instance, typeof(object), LowerExpression(s.Value), LowerIndex(s.Slice)),
        LambdaExpr l => LowerFunctionCreation(l, l.Args, "<lambda>"),
        ListExpr l => LowerSequenceDisplay(l.Elts, typeof(PyList)),
        TupleExpr t => LowerSequenceDisplay(t.Elts, typeof(PyTuple)),
        SetExpr s => LowerSequenceDisplay(s.Elts, typeof(PySet)),
        DictExpr d => LowerDict(d),
        ListCompExpr or SetCompExpr or DictCompExpr or GeneratorExpExpr => LowerComprehension(expression),
        JoinedStrExpr j => LowerJoinedStr(j),
        FormattedValueExpr f => LowerFormattedValue(f),
        SliceExpr s => LowerSlice(s),
        StarredExpr s => throw Unsupported(s, BackEndMessages.StarredHere),
        _ => throw Unsupported(expression, BackEndMessages.UnsupportedExpression(expression)),
    };

    private Linq.Expression LowerBinOp(BinOpExpr b)
    {
        var op = OperatorMap.Binary(b.Op);
        Linq.Expression General() => LowerBinary(op, LowerExpression(b.Left), LowerExpression(b.Right), typeof(object));
        return TryLowerFusedInt(b.Left, op, b.Right, General) ?? General();
    }

    private static Linq.Expression Constant(object value) =>
        Linq.Expression.Constant(ConstantFolding.ToRuntime(value), typeof(object));

    private Linq.Expression LowerUnary(UnaryOpExpr unary)
    {
        if (ConstantFolding.TryFold(unary, out var folded)) return Constant(folded);
        return unary.Op switch
        {
            UnaryOperator.Not => PyBinaryOperationBinder.BoxBool(Linq.Expression.Not(LowerCondition(unary.Operand))),
            UnaryOperator.USub => Linq.Expression.Dynamic(PyUnaryOperationBinder.Get(Linq.ExpressionType.Negate), typeof(object), LowerExpression(unary.Operand)),
            UnaryOperator.UAdd => Linq.Expression.Dynamic(PyUnaryOperationBinder.Get(Linq.ExpressionType.UnaryPlus), typeof(object), LowerExpression(unary.Operand)),
            _ => Linq.Expression.Dynamic(PyUnaryOperationBinder.Get(Linq.ExpressionType.OnesComplement), typeof(object), LowerExpression(unary.Operand)),
        };
    }

    // a or b: the first truthy operand, else the last (and: the first falsy). Operands are evaluated once.
    private Linq.Expression LowerBoolOp(BoolOpExpr boolOp)
    {
        Linq.Expression result = LowerExpression(boolOp.Values[^1]);
        for (int i = boolOp.Values.Length - 2; i >= 0; i--)
        {
            var operand = Linq.Expression.Variable(typeof(object), "operand");
            var test = IsTrue(operand);
            result = Linq.Expression.Block(typeof(object), [operand],
                Linq.Expression.Assign(operand, LowerExpression(boolOp.Values[i])),
                boolOp.Op == BoolOperator.Or
                    ? Linq.Expression.Condition(test, operand, result, typeof(object))
                    : Linq.Expression.Condition(test, result, operand, typeof(object)));
        }
        return result;
    }

    // a < b < c: each middle operand is evaluated once; the chain stops at the first false link
    // and yields that comparison's result.
    private Linq.Expression LowerCompare(CompareExpr compare)
    {
        if (compare.Ops.Length == 1)
            return CompareValue(compare.Ops[0], LowerExpression(compare.Left), LowerExpression(compare.Comparators[0]));
        var left = Linq.Expression.Variable(typeof(object), "left");
        var variables = new List<Linq.ParameterExpression> { left };
        var result = Linq.Expression.Variable(typeof(object), "comparison");
        variables.Add(result);
        var end = Linq.Expression.Label(typeof(object), "chainEnd");
        var body = new List<Linq.Expression> { Linq.Expression.Assign(left, LowerExpression(compare.Left)) };
        for (int i = 0; i < compare.Ops.Length; i++)
        {
            var right = Linq.Expression.Variable(typeof(object), "right" + i);
            variables.Add(right);
            body.Add(Linq.Expression.Assign(right, LowerExpression(compare.Comparators[i])));
            body.Add(Linq.Expression.Assign(result, CompareValue(compare.Ops[i], left, right)));
            if (i < compare.Ops.Length - 1)
            {
                body.Add(Linq.Expression.IfThen(Linq.Expression.Not(IsTrue(result)), Linq.Expression.Return(end, result)));
                body.Add(Linq.Expression.Assign(left, right));
            }
        }
        body.Add(Linq.Expression.Label(end, result));
        return Linq.Expression.Block(typeof(object), variables, body);
    }

    private static Linq.Expression CompareValue(CompareOperator op, Linq.Expression left, Linq.Expression right) => op switch
    {
        CompareOperator.Is => PyBinaryOperationBinder.BoxBool(Linq.Expression.ReferenceEqual(left, right)),
        CompareOperator.IsNot => PyBinaryOperationBinder.BoxBool(Linq.Expression.ReferenceNotEqual(left, right)),
        CompareOperator.In => PyBinaryOperationBinder.BoxBool(Contains(right, left)),
        CompareOperator.NotIn => PyBinaryOperationBinder.BoxBool(Linq.Expression.Not(Contains(right, left))),
        _ => LowerBinary(OperatorMap.Compare(op), left, right, typeof(object)),
    };

    // CONTAINS_OP: the item (the left operand) is evaluated before the container.
    private static Linq.Expression Contains(Linq.Expression container, Linq.Expression item)
    {
        var evaluatedItem = Linq.Expression.Variable(typeof(object), "item");
        return Linq.Expression.Block(typeof(bool), [evaluatedItem],
            Linq.Expression.Assign(evaluatedItem, item),
            Linq.Expression.Call(typeof(PyComparison), nameof(PyComparison.Contains), null, container, evaluatedItem));
    }

    private Linq.Expression LowerIndex(Expr slice) => slice is SliceExpr s ? LowerSlice(s) : LowerExpression(slice);

    private Linq.Expression LowerSlice(SliceExpr slice) =>
        Linq.Expression.New(typeof(PySlice).GetConstructor([typeof(object), typeof(object), typeof(object)])!,
            slice.Lower is null ? s_none : LowerExpression(slice.Lower),
            slice.Upper is null ? s_none : LowerExpression(slice.Upper),
            slice.Step is null ? s_none : LowerExpression(slice.Step));

    // [a, b], (a, b), {a, b}: built inline; with *x elements, by the runtime's display helpers.
    private Linq.Expression LowerSequenceDisplay(System.Collections.Immutable.ImmutableArray<Expr> elements, Type type)
    {
        var values = elements.Select(e => LowerExpression(e is StarredExpr s ? s.Value : e)).ToArray();
        var array = Linq.Expression.NewArrayInit(typeof(object), values);
        if (elements.Any(e => e is StarredExpr))
        {
            var starred = Linq.Expression.Constant(elements.Select(e => e is StarredExpr).ToArray());
            string helper = type == typeof(PyList) ? nameof(PyDisplays.List) : type == typeof(PyTuple) ? nameof(PyDisplays.Tuple) : nameof(PyDisplays.Set);
            return Linq.Expression.Call(typeof(PyDisplays), helper, null, array, starred);
        }
        if (type == typeof(PyTuple))
            return values.Length == 0 ? Linq.Expression.Constant(PyTuple.Empty, typeof(object))
                : Linq.Expression.New(typeof(PyTuple).GetConstructor([typeof(object[])])!, array);
        if (type == typeof(PyList))
            return Linq.Expression.New(typeof(PyList).GetConstructor([typeof(List<object>)])!,
                Linq.Expression.New(typeof(List<object>).GetConstructor([typeof(IEnumerable<object>)])!, array));
        // CPython folds a display of more than two constants into a frozenset constant first,
        // which can change the order the set prints in (PySet.FromConstantDisplay).
        if (elements.All(e => ConstantFolding.TryFold(e, out _)))
            return Linq.Expression.Call(typeof(PySet), nameof(PySet.FromConstantDisplay), null, array);
        return Linq.Expression.Call(typeof(PyDisplays), nameof(PyDisplays.Set), null, array,
            Linq.Expression.Constant(new bool[values.Length]));
    }

    // {k1: v1, k2: v2}: evaluated k1, v1, k2, v2 (BUILD_MAP), into arrays the runtime builds the dict from.
    private Linq.Expression LowerDict(DictExpr dict)
    {
        var keys = Linq.Expression.Variable(typeof(object[]), "keys");
        var values = Linq.Expression.Variable(typeof(object[]), "values");
        var count = Linq.Expression.Constant(dict.Keys.Length);
        var loweredKeys = dict.Keys.Select(k => k is null ? Linq.Expression.Constant(null, typeof(object)) : LowerExpression(k)).ToArray();
        var loweredValues = dict.Values.Select(LowerExpression).ToArray();
        var body = new List<Linq.Expression>
        {
            Linq.Expression.Assign(keys, Linq.Expression.NewArrayBounds(typeof(object), count)),
            Linq.Expression.Assign(values, Linq.Expression.NewArrayBounds(typeof(object), count)),
        };
        for (int i = 0; i < loweredKeys.Length; i++)
        {
            body.Add(Linq.Expression.Assign(Linq.Expression.ArrayAccess(keys, Linq.Expression.Constant(i)), loweredKeys[i]));
            body.Add(Linq.Expression.Assign(Linq.Expression.ArrayAccess(values, Linq.Expression.Constant(i)), loweredValues[i]));
        }
        body.Add(Linq.Expression.Call(typeof(PyDisplays), nameof(PyDisplays.Dict), null, keys, values));
        return Linq.Expression.Block(typeof(object), [keys, values], body);
    }

    // f"..{value!r:spec}..": literal parts and formatted fields joined with string.Concat.
    private Linq.Expression LowerJoinedStr(JoinedStrExpr joined)
    {
        var parts = joined.Values.Select(v => v is ConstantExpr { Value: string s }
            ? (Linq.Expression)Linq.Expression.Constant(s)
            : Linq.Expression.Convert(LowerExpression(v), typeof(string))).ToArray();
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string[])])!;
        return Linq.Expression.Convert(Linq.Expression.Call(concat, Linq.Expression.NewArrayInit(typeof(string), parts)), typeof(object));
    }

    private Linq.Expression LowerFormattedValue(FormattedValueExpr field)
    {
        var value = LowerExpression(field.Value);
        value = field.Conversion switch
        {
            'r' => Linq.Expression.Call(typeof(PyRepr), nameof(PyRepr.Repr), null, value),
            's' => Linq.Expression.Call(typeof(PyRepr), nameof(PyRepr.Str), null, value),
            'a' => Linq.Expression.Call(typeof(PyRepr), nameof(PyRepr.Ascii), null, value),
            _ => value,
        };
        var spec = field.FormatSpec is null
            ? Linq.Expression.Constant("")
            : (Linq.Expression)Linq.Expression.Convert(LowerExpression(field.FormatSpec), typeof(string));
        return Linq.Expression.Convert(Linq.Expression.Call(typeof(PyFormatting), nameof(PyFormatting.Format), null,
            Linq.Expression.Convert(value, typeof(object)), spec), typeof(object));
    }
}
