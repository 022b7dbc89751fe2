using DlrClosures.Binding;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Calls. f(a, b, k=v) is one dynamic call site (PyInvokeBinder) over the callee and its arguments,
// behind a direct call when the binder marked it positional; a call that spreads *args or
// **kwargs takes the runtime's slower flattening path.
internal sealed partial class CodeLowerer
{
    public Linq.Expression VisitCall(BoundCall node)
    {
        var callee = Lower(node.Callee);
        var arguments = node.Arguments.Select(Lower).ToArray();
        var binder = PyInvokeBinder.Get(arguments.Length, node.KeywordNames.IsDefault ? [] : node.KeywordNames.ToArray());
        return node.Positional
            ? LowerPositionalCall(callee, arguments, binder)
            : Linq.Expression.Dynamic(binder, typeof(object), [callee, .. arguments]);
    }

    public Linq.Expression VisitSpreadCall(BoundSpreadCall node) =>
        Linq.Expression.Call(typeof(PyCallArguments), nameof(PyCallArguments.Call), null,
            Lower(node.Callee),
            Linq.Expression.NewArrayInit(typeof(object), node.Arguments.Select(Lower)),
            Linq.Expression.Constant(node.Starred.ToArray()),
            Linq.Expression.Constant(node.KeywordNames.ToArray(), typeof(string[])),
            Linq.Expression.NewArrayInit(typeof(object), node.KeywordValues.Select(Lower)));
}
