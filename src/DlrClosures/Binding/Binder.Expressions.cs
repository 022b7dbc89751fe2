using DlrClosures.Runtime.Operations;
using System.Collections.Immutable;
using DlrClosures.Runtime.Binders;
using DlrClosures.Syntax;
using DlrClosures.Text;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Binding;

// Expressions that produce a value, and conditions: expressions whose truth decides a branch.
internal sealed partial class Binder
{
    private BoundExpr BindExpression(Expr expression)
    {
        LargeStack.Check();
        // The size and nesting of the code's expressions, for the back ends (BoundCode.ExpressionCount).
        _code.ExpressionCount++;
        if (++_code.Depth > _code.MaxNesting) _code.MaxNesting = _code.Depth;
        try
        {
            return BindExpressionCore(expression);
        }
        finally
        {
            _code.Depth--;
        }
    }

    // A chain of n links (a < b < c, a and b and c) is bound as n nested conditionals.
    private void NoteChain(int links)
    {
        if (_code.Depth + links > _code.MaxNesting) _code.MaxNesting = _code.Depth + links;
    }

    private BoundExpr BindExpressionCore(Expr expression)
    {
        // Inside an int chain's general path, operands the fast path already evaluated are read back.
        if (_evaluatedOperands is not null && _evaluatedOperands.TryGetValue(expression, out int slot))
            return TempLoad(slot, expression.Span);
        return expression switch
        {
            ConstantExpr { Value: System.Collections.Immutable.ImmutableArray<byte> bytes } => new BoundConstant(new Runtime.PyBytes([.. bytes]), expression.Span),
            ConstantExpr { Value: System.Numerics.Complex } c => throw Error(c, BindingMessages.NotSupported(c)),
            ConstantExpr c => new BoundConstant(ConstantFolding.ToRuntime(c.Value), c.Span),
            NameExpr n => LoadName(n.Id, n.Span),
            BinOpExpr b => BindBinOp(b),
            UnaryOpExpr u => BindUnary(u),
            BoolOpExpr b => BindBoolOp(b),
            CompareExpr c => BindCompare(c),
            IfExpExpr i => BindIfExp(i),
            CallExpr c => BindCall(c),
            AttributeExpr a => new BoundGetAttribute(BindExpression(a.Value), _context.Mangle(a.Attr), a.Span),
            SubscriptExpr s => BindSubscript(s),
            LambdaExpr l => BindFunctionCreation(l, l.Args, "<lambda>"),
            ListExpr l => BindSequenceDisplay(l.Elts, CollectionKind.List, l),
            TupleExpr t => BindSequenceDisplay(t.Elts, CollectionKind.Tuple, t),
            SetExpr s => BindSequenceDisplay(s.Elts, CollectionKind.Set, s),
            DictExpr d => BindDict(d),
            ListCompExpr or SetCompExpr or DictCompExpr or GeneratorExpExpr => BindComprehension(expression),
            JoinedStrExpr j => new BoundJoinedStr(j.Values.Select(BindExpression).ToImmutableArray(), j.Span),
            FormattedValueExpr f => BindFormattedValue(f),
            SliceExpr s => BindSlice(s),
            StarredExpr s => throw Error(s, BindingMessages.StarredHere),
            NamedExpr n => BindNamedExpr(n),
            YieldExpr or YieldFromExpr => throw Error(expression, _code.InFunction ? BindingMessages.NotSupported(expression) : BindingMessages.YieldOutsideFunction),
            AwaitExpr => throw Error(expression, _code.InFunction ? BindingMessages.AwaitOutsideAsyncFunction : BindingMessages.AwaitOutsideFunction),
            _ => throw Error(expression, BindingMessages.NotSupported(expression)),
        };
    }

    private BoundExpr BindBinOp(BinOpExpr binary)
    {
        var op = OperatorMap.Binary(binary.Op);
        if (TryBindIntChain(binary.Left, op, binary.Right, binary.Span) is { } chain) return chain;
        var left = BindExpression(binary.Left);
        return Binary(op, left, BindExpression(binary.Right), binary.Span);
    }

    /// <summary><c>left op right</c>, with the small-int rule chosen when both operands may be ints.</summary>
    private static BoundBinary Binary(PyBinaryOp op, BoundExpr left, BoundExpr right, SourceSpan span) =>
        new(op, left, right, IntRuleApplies(op, left, right), span);

    /// <summary>
    /// True when the operation has an (int, int) rule (<see cref="PyBinaryOperationBinder.IntRule"/>,
    /// the one definition every engine applies) and neither operand is statically something else.
    /// </summary>
    private static bool IntRuleApplies(PyBinaryOp op, BoundExpr left, BoundExpr right) =>
        PyIntRules.Has(op) && !CannotBeInt(left) && !CannotBeInt(right);

    // An operand that is never a boxed long: a constant of another type, or a node that builds
    // something else (a display, a function, a string).
    private static bool CannotBeInt(BoundExpr operand) => operand is BoundConstant { Value: not long }
        or BoundSequenceDisplay or BoundConstantSet or BoundDictDisplay or BoundJoinedStr or BoundFormattedValue
        or BoundMakeFunction or BoundMakeClass or BoundSlice or BoundNot or BoundGetIterator;

    private BoundExpr BindUnary(UnaryOpExpr unary)
    {
        if (ConstantFolding.TryFold(unary, out var folded)) return new BoundConstant(ConstantFolding.ToRuntime(folded), unary.Span);
        return unary.Op switch
        {
            UnaryOperator.Not => new BoundNot(BindCondition(unary.Operand), unary.Span),
            UnaryOperator.USub => new BoundUnary(Linq.ExpressionType.Negate, BindExpression(unary.Operand), unary.Span),
            UnaryOperator.UAdd => new BoundUnary(Linq.ExpressionType.UnaryPlus, BindExpression(unary.Operand), unary.Span),
            _ => new BoundUnary(Linq.ExpressionType.OnesComplement, BindExpression(unary.Operand), unary.Span),
        };
    }

    // a or b or c: the first truthy operand, else the last (and: the first falsy), each evaluated
    // once: t = a; t if t else (t = b; t if t else c). One temporary serves every operand.
    private BoundExpr BindBoolOp(BoolOpExpr boolOp)
    {
        NoteChain(boolOp.Values.Length);
        var operands = boolOp.Values.Select(BindExpression).ToArray();
        var (target, load) = Temp(boolOp.Span);
        BoundExpr result = operands[^1];
        for (int i = operands.Length - 2; i >= 0; i--)
        {
            var test = new BoundTruth(load, boolOp.Values[i].Span);
            var choice = boolOp.Op == BoolOperator.Or
                ? new BoundConditional(test, load, result, boolOp.Span)
                : new BoundConditional(test, result, load, boolOp.Span);
            result = new BoundSequence([new BoundAssign(operands[i], [target], boolOp.Values[i].Span)], choice, boolOp.Span);
        }
        return result;
    }

    // a < b < c: each middle operand is evaluated once (into a temporary); the chain stops at the
    // first false link and yields that comparison's result.
    private BoundExpr BindCompare(CompareExpr compare)
    {
        var left = BindExpression(compare.Left);
        if (compare.Ops.Length == 1)
            return Compare(compare.Ops[0], left, BindExpression(compare.Comparators[0]), compare.Span);
        NoteChain(compare.Ops.Length);
        var comparators = compare.Comparators.Select(BindExpression).ToArray();
        var (leftTarget, leftLoad) = Temp(compare.Left.Span);
        var (resultTarget, resultLoad) = Temp(compare.Span);
        // Built from the last link back (a chain may have 100,000 links: no recursion per link);
        // the temporaries are taken first to last.
        var previous = new BoundLoadName[comparators.Length];
        var rightTargets = new BoundNameTarget[comparators.Length];
        previous[0] = leftLoad;
        for (int i = 0; i < comparators.Length - 1; i++)
        {
            var (rightTarget, rightLoad) = Temp(compare.Comparators[i].Span);
            rightTargets[i] = rightTarget;
            previous[i + 1] = rightLoad;
        }
        int last = comparators.Length - 1;
        BoundExpr chain = Compare(compare.Ops[last], previous[last], comparators[last], compare.Span);
        for (int i = last - 1; i >= 0; i--)
        {
            var span = compare.Comparators[i].Span;
            chain = new BoundSequence(
                [
                    new BoundAssign(comparators[i], [rightTargets[i]], span),
                    new BoundAssign(Compare(compare.Ops[i], previous[i], previous[i + 1], compare.Span), [resultTarget], span),
                ],
                new BoundConditional(new BoundTruth(resultLoad, span), chain, resultLoad, compare.Span),
                compare.Span);
        }
        return new BoundSequence([new BoundAssign(left, [leftTarget], compare.Left.Span)], chain, compare.Span);
    }

    private static BoundCompare Compare(CompareOperator op, BoundExpr left, BoundExpr right, SourceSpan span)
    {
        var (kind, binaryOp) = Comparison(op);
        return new BoundCompare(kind, binaryOp, left, right, kind == ComparisonKind.Rich && IntRuleApplies(binaryOp, left, right), span);
    }

    private static (ComparisonKind Kind, PyBinaryOp Op) Comparison(CompareOperator op) => op switch
    {
        CompareOperator.Is => (ComparisonKind.Is, default),
        CompareOperator.IsNot => (ComparisonKind.IsNot, default),
        CompareOperator.In => (ComparisonKind.In, default),
        CompareOperator.NotIn => (ComparisonKind.NotIn, default),
        _ => (ComparisonKind.Rich, OperatorMap.Compare(op)),
    };

    private BoundConditional BindIfExp(IfExpExpr conditional)
    {
        var test = BindCondition(conditional.Test);
        var then = BindExpression(conditional.Body);
        return new BoundConditional(test, then, BindExpression(conditional.OrElse), conditional.Span);
    }

    /// <summary>An expression whose truth is wanted, as an unboxed condition.</summary>
    private BoundCondition BindCondition(Expr expression)
    {
        switch (expression)
        {
            case ConstantExpr { Value: bool b }:
                return new BoundConstantCondition(b, expression.Span);
            case UnaryOpExpr { Op: UnaryOperator.Not } not:
                return new BoundNotCondition(BindCondition(not.Operand), not.Span);
            case BoolOpExpr boolOp:
                return new BoundLogicalCondition(boolOp.Op == BoolOperator.Or, boolOp.Values.Select(BindCondition).ToImmutableArray(), boolOp.Span);
            case CompareExpr { Ops.Length: 1 } compare:
                var left = BindExpression(compare.Left);
                var right = BindExpression(compare.Comparators[0]);
                var (kind, op) = Comparison(compare.Ops[0]);
                return new BoundCompareCondition(kind, op, left, right, kind == ComparisonKind.Rich && IntRuleApplies(op, left, right), compare.Span);
            default:
                return new BoundTruth(BindExpression(expression), expression.Span);
        }
    }

    private BoundGetItem BindSubscript(SubscriptExpr subscript)
    {
        var container = BindExpression(subscript.Value);
        return new BoundGetItem(container, BindIndex(subscript.Slice), subscript.Span);
    }

    private BoundExpr BindIndex(Expr slice) => slice is SliceExpr s ? BindSlice(s) : BindExpression(slice);

    private BoundSlice BindSlice(SliceExpr slice)
    {
        var lower = slice.Lower is null ? null : BindExpression(slice.Lower);
        var upper = slice.Upper is null ? null : BindExpression(slice.Upper);
        return new BoundSlice(lower, upper, slice.Step is null ? null : BindExpression(slice.Step), slice.Span);
    }

    // [a, b], (a, b), {a, b}; *x elements are flattened by the runtime.
    private BoundExpr BindSequenceDisplay(ImmutableArray<Expr> elements, CollectionKind kind, Expr node)
    {
        bool anyStarred = elements.Any(e => e is StarredExpr);
        // CPython folds a set display of constants into a frozenset constant first.
        if (kind == CollectionKind.Set && !anyStarred && elements.All(e => ConstantFolding.TryFold(e, out _)))
        {
            var values = elements.Select(e => { ConstantFolding.TryFold(e, out var v); return ConstantFolding.ToRuntime(v); });
            return new BoundConstantSet(values.ToImmutableArray(), node.Span);
        }
        var bound = elements.Select(e => BindExpression(e is StarredExpr s ? s.Value : e)).ToImmutableArray();
        var starred = anyStarred ? elements.Select(e => e is StarredExpr).ToImmutableArray() : [];
        return new BoundSequenceDisplay(kind, bound, starred, node.Span);
    }

    // {k1: v1, **m}: evaluated k1, v1, then m (BUILD_MAP, DICT_UPDATE).
    private BoundDictDisplay BindDict(DictExpr dict)
    {
        var keys = ImmutableArray.CreateBuilder<BoundExpr?>(dict.Keys.Length);
        var values = ImmutableArray.CreateBuilder<BoundExpr>(dict.Values.Length);
        for (int i = 0; i < dict.Keys.Length; i++)
        {
            keys.Add(dict.Keys[i] is { } key ? BindExpression(key) : null);
            values.Add(BindExpression(dict.Values[i]));
        }
        return new BoundDictDisplay(keys.MoveToImmutable(), values.MoveToImmutable(), dict.Span);
    }

    private BoundFormattedValue BindFormattedValue(FormattedValueExpr field)
    {
        var value = BindExpression(field.Value);
        return new BoundFormattedValue(value, field.Conversion, field.FormatSpec is null ? null : BindExpression(field.FormatSpec), field.Span);
    }

    /// <summary>
    /// <c>name := value</c>: the value is stored to the name (whose storage the scope pass chose: in a
    /// comprehension, the enclosing function's cell or the module's global) and is the result.
    /// </summary>
    private BoundExpr BindNamedExpr(NamedExpr named)
    {
        var value = BindExpression(named.Value);
        var (temp, load) = Temp(named.Span);
        return new BoundSequence([new BoundAssign(value, [temp, NameTarget(named.Target.Id, named.Target.Span)], named.Span)], load, named.Span);
    }
}
