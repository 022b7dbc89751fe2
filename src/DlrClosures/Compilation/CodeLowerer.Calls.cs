using System.Collections.Immutable;
using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Methods;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Calls. f(a, b, k=v) is one dynamic call site (PyInvokeBinder) over the callee and its arguments,
// behind a direct call when the binder marked it positional; a call that spreads *args or
// **kwargs takes the runtime's slower flattening path.
internal sealed partial class CodeLowerer
{
    private const int MaxSiteArguments = 16;

    public Linq.Expression VisitCall(BoundCall node)
    {
        if (node.Positional && node.Callee is BoundGetAttribute method
            && FastMethods.Find(method.Name, node.Arguments.Length) is { } fast)
            return LowerMethodCall(method, node.Arguments, fast);
        var callee = Lower(node.Callee);
        var arguments = node.Arguments.Select(Lower).ToArray();
        // A call site's delegate has a parameter per argument, and the JIT rejects one with
        // thousands (print with 8,196 arguments was an InvalidProgramException): past a few, the
        // arguments travel in an array, as the interpreter passes them.
        if (arguments.Length > MaxSiteArguments)
            return Linq.Expression.Call(typeof(PyCalls), nameof(PyCalls.Call), null, callee,
                Linq.Expression.NewArrayInit(typeof(object), arguments),
                Linq.Expression.Constant(node.KeywordNames.IsDefault ? [] : node.KeywordNames.ToArray()));
        var binder = PyInvokeBinder.Get(arguments.Length, node.KeywordNames.IsDefault ? [] : node.KeywordNames.ToArray());
        return node.Positional
            ? LowerPositionalCall(callee, arguments, binder)
            : Linq.Expression.Dynamic(binder, typeof(object), [callee, .. arguments]);
    }

    /// <summary>
    /// <c>obj.name(args)</c> where a built-in type has a fast method of that name and arity: a receiver of
    /// exactly that type calls the method's body; any other takes the attribute (before the
    /// arguments are evaluated, as CPython's LOAD_METHOD does) and calls it as any callee.
    /// </summary>
    private Linq.Expression LowerMethodCall(BoundGetAttribute method, ImmutableArray<BoundExpr> arguments, FastMethod fast)
    {
        var receiver = Linq.Expression.Variable(typeof(object), "receiver");
        // The attribute's value, or null (never a Python value) when the fast method applies.
        var attribute = Linq.Expression.Variable(typeof(object), "method");
        var temps = new List<Linq.ParameterExpression> { receiver, attribute };
        var body = new List<Linq.Expression>
        {
            Linq.Expression.Assign(receiver, Lower(method.Object)),
            Linq.Expression.Assign(attribute, Linq.Expression.Condition(
                Linq.Expression.TypeEqual(receiver, fast.Receiver),
                Linq.Expression.Constant(null),
                Linq.Expression.Dynamic(PyGetMemberBinder.Get(method.Name), typeof(object), receiver))),
        };
        // d.get((x, y), 0): the tuple's items are the arguments of the pair form, and only the
        // other receivers get a tuple made (after its items, before the arguments that follow it).
        var pair = fast.PairKeyBody is not null && arguments[0] is BoundSequenceDisplay
        {
            Kind: CollectionKind.Tuple, Elements.Length: 2,
        } display && (display.Starred.IsDefaultOrEmpty || !display.Starred.Contains(true))
            ? display.Elements
            : default;
        var flat = pair.IsDefault ? arguments : [.. pair, .. arguments.Skip(1)];
        var lowered = flat.Select(Lower).ToArray();
        var values = lowered.Select((argument, i) =>
            Operand(argument, rightIsTrivial: lowered.Skip(i + 1).All(IsTrivial), temps, body)).ToArray();
        Linq.Expression[] callArguments = pair.IsDefault
            ? values
            : [Linq.Expression.New(typeof(PyTuple).GetConstructor([typeof(object[])])!,
                Linq.Expression.NewArrayInit(typeof(object), values[0], values[1])), .. values.Skip(2)];
        body.Add(Linq.Expression.Condition(
            Linq.Expression.ReferenceEqual(attribute, Linq.Expression.Constant(null)),
            Linq.Expression.Call((pair.IsDefault ? fast.Body : fast.PairKeyBody!).Method, [receiver, .. values]),
            LowerPositionalCall(attribute, callArguments, PyInvokeBinder.Get(callArguments.Length, [])),
            typeof(object)));
        return Linq.Expression.Block(typeof(object), temps, body);
    }

    public Linq.Expression VisitSpreadCall(BoundSpreadCall node) =>
        Linq.Expression.Call(typeof(PyCallArguments), nameof(PyCallArguments.Call), null,
            Lower(node.Callee),
            Linq.Expression.NewArrayInit(typeof(object), node.Arguments.Select(Lower)),
            Linq.Expression.Constant(node.Starred.ToArray()),
            Linq.Expression.Constant(node.KeywordNames.ToArray(), typeof(string[])),
            Linq.Expression.NewArrayInit(typeof(object), node.KeywordValues.Select(Lower)));
}
