using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Expressions that produce a value. Every dynamic operation is a DynamicExpression over one of the
// runtime's binders: LambdaExpression.Compile turns each into a CallSite<T> that caches its rules.
internal sealed partial class CodeLowerer
{
    public Linq.Expression VisitConstant(BoundConstant node) => Linq.Expression.Constant(node.Value, typeof(object));

    public Linq.Expression VisitBinary(BoundBinary node) =>
        LowerBinary(node.Op, Lower(node.Left), Lower(node.Right), typeof(object), node.IntRule);

    public Linq.Expression VisitUnary(BoundUnary node) =>
        Linq.Expression.Dynamic(PyUnaryOperationBinder.Get(node.Op), typeof(object), Lower(node.Operand));

    public Linq.Expression VisitNot(BoundNot node) =>
        PyBinaryOperationBinder.BoxBool(Linq.Expression.Not(LowerCondition(node.Operand)));

    public Linq.Expression VisitCompare(BoundCompare node)
    {
        var left = Lower(node.Left);
        var right = Lower(node.Right);
        return node.Kind switch
        {
            ComparisonKind.Is => PyBinaryOperationBinder.BoxBool(Linq.Expression.ReferenceEqual(left, right)),
            ComparisonKind.IsNot => PyBinaryOperationBinder.BoxBool(Linq.Expression.ReferenceNotEqual(left, right)),
            ComparisonKind.In => PyBinaryOperationBinder.BoxBool(Contains(right, left)),
            ComparisonKind.NotIn => PyBinaryOperationBinder.BoxBool(Linq.Expression.Not(Contains(right, left))),
            _ => LowerBinary(node.Op, left, right, typeof(object), node.IntRule),
        };
    }

    // CONTAINS_OP: the item (the left operand) is evaluated before the container.
    private static Linq.Expression Contains(Linq.Expression container, Linq.Expression item)
    {
        var evaluatedItem = Linq.Expression.Variable(typeof(object), "item");
        return Linq.Expression.Block(typeof(bool), [evaluatedItem],
            Linq.Expression.Assign(evaluatedItem, item),
            Linq.Expression.Call(typeof(PyComparison), nameof(PyComparison.Contains), null, container, evaluatedItem));
    }

    public Linq.Expression VisitConditional(BoundConditional node) =>
        Linq.Expression.Condition(LowerCondition(node.Test), Lower(node.Then), Lower(node.Else), typeof(object));

    public Linq.Expression VisitSequence(BoundSequence node) =>
        Linq.Expression.Block(typeof(object), node.Effects.Select(Lower).Append(Lower(node.Value)));

    public Linq.Expression VisitGetAttribute(BoundGetAttribute node) =>
        Linq.Expression.Dynamic(PyGetMemberBinder.Get(node.Name), typeof(object), Lower(node.Object));

    public Linq.Expression VisitGetItem(BoundGetItem node) => LowerGetItem(Lower(node.Container), Lower(node.Index));

    public Linq.Expression VisitSlice(BoundSlice node) =>
        Linq.Expression.New(typeof(PySlice).GetConstructor([typeof(object), typeof(object), typeof(object)])!,
            node.Lower is null ? s_none : Lower(node.Lower),
            node.Upper is null ? s_none : Lower(node.Upper),
            node.Step is null ? s_none : Lower(node.Step));

    // [a, b], (a, b), {a, b}: built inline; with *x elements, by the runtime's display helpers.
    public Linq.Expression VisitSequenceDisplay(BoundSequenceDisplay node)
    {
        // An empty list is what every list comprehension starts from.
        if (node.Elements.IsEmpty && node.Kind == CollectionKind.List)
            return Linq.Expression.New(typeof(PyList));
        var values = node.Elements.Select(Lower).ToArray();
        var array = Linq.Expression.NewArrayInit(typeof(object), values);
        if (!node.Starred.IsDefaultOrEmpty && node.Starred.Contains(true))
        {
            string helper = node.Kind switch
            {
                CollectionKind.List => nameof(PyDisplays.List),
                CollectionKind.Tuple => nameof(PyDisplays.Tuple),
                _ => nameof(PyDisplays.Set),
            };
            return Linq.Expression.Call(typeof(PyDisplays), helper, null, array, Linq.Expression.Constant(node.Starred.ToArray()));
        }
        return node.Kind switch
        {
            CollectionKind.Tuple when values.Length == 0 => Linq.Expression.Constant(PyTuple.Empty, typeof(object)),
            CollectionKind.Tuple => Linq.Expression.New(typeof(PyTuple).GetConstructor([typeof(object[])])!, array),
            CollectionKind.List => Linq.Expression.New(typeof(PyList).GetConstructor([typeof(List<object>)])!,
                Linq.Expression.New(typeof(List<object>).GetConstructor([typeof(IEnumerable<object>)])!, array)),
            _ => Linq.Expression.Call(typeof(PyDisplays), nameof(PyDisplays.Set), null, array,
                Linq.Expression.Constant(new bool[values.Length])),
        };
    }

    // CPython folds a display of more than two constants into a frozenset constant first, which
    // can change the order the set prints in.
    public Linq.Expression VisitConstantSet(BoundConstantSet node) =>
        Linq.Expression.Call(typeof(PySet), nameof(PySet.FromConstantDisplay), null,
            Linq.Expression.NewArrayInit(typeof(object), node.Values.Select(v => Linq.Expression.Constant(v, typeof(object)))));

    // {k1: v1, k2: v2}: evaluated k1, v1, k2, v2 (BUILD_MAP), into arrays the runtime builds the dict from.
    public Linq.Expression VisitDictDisplay(BoundDictDisplay node)
    {
        if (node.Keys.IsEmpty) return Linq.Expression.New(typeof(PyDict));
        var keys = Linq.Expression.Variable(typeof(object[]), "keys");
        var values = Linq.Expression.Variable(typeof(object[]), "values");
        var count = Linq.Expression.Constant(node.Keys.Length);
        var body = new List<Linq.Expression>
        {
            Linq.Expression.Assign(keys, Linq.Expression.NewArrayBounds(typeof(object), count)),
            Linq.Expression.Assign(values, Linq.Expression.NewArrayBounds(typeof(object), count)),
        };
        for (int i = 0; i < node.Keys.Length; i++)
        {
            var key = node.Keys[i];
            body.Add(Linq.Expression.Assign(Linq.Expression.ArrayAccess(keys, Linq.Expression.Constant(i)),
                key is null ? Linq.Expression.Constant(null, typeof(object)) : Lower(key)));
            body.Add(Linq.Expression.Assign(Linq.Expression.ArrayAccess(values, Linq.Expression.Constant(i)), Lower(node.Values[i])));
        }
        body.Add(Linq.Expression.Call(typeof(PyDisplays), nameof(PyDisplays.Dict), null, keys, values));
        return Linq.Expression.Block(typeof(object), [keys, values], body);
    }

    // f"..{value!r:spec}..": literal parts and formatted fields joined with string.Concat.
    public Linq.Expression VisitJoinedStr(BoundJoinedStr node)
    {
        var parts = node.Parts.Select(part => part is BoundConstant { Value: string s }
            ? (Linq.Expression)Linq.Expression.Constant(s)
            : Linq.Expression.Convert(Lower(part), typeof(string))).ToArray();
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string[])])!;
        return Linq.Expression.Convert(Linq.Expression.Call(concat, Linq.Expression.NewArrayInit(typeof(string), parts)), typeof(object));
    }

    public Linq.Expression VisitFormattedValue(BoundFormattedValue node)
    {
        var value = Lower(node.Value);
        value = node.Conversion switch
        {
            'r' => Linq.Expression.Call(typeof(PyRepr), nameof(PyRepr.Repr), null, value),
            's' => Linq.Expression.Call(typeof(PyRepr), nameof(PyRepr.Str), null, value),
            'a' => Linq.Expression.Call(typeof(PyRepr), nameof(PyRepr.Ascii), null, value),
            _ => value,
        };
        var spec = node.Spec is null
            ? Linq.Expression.Constant("")
            : (Linq.Expression)Linq.Expression.Convert(Lower(node.Spec), typeof(string));
        return Linq.Expression.Convert(Linq.Expression.Call(typeof(PyFormatting), nameof(PyFormatting.Format), null,
            Linq.Expression.Convert(value, typeof(object)), spec), typeof(object));
    }

    public Linq.Expression VisitFrameGlobals(BoundFrameGlobals node) =>
        Linq.Expression.Convert(Linq.Expression.Property(_function, nameof(Runtime.Functions.PyFunction.Globals)), typeof(object));

    public Linq.Expression VisitGetIterator(BoundGetIterator node) =>
        Linq.Expression.Call(typeof(PyIteration), nameof(PyIteration.GetIterator), null, Lower(node.Value));
}
