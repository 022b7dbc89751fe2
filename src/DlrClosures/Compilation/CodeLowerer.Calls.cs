using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using DlrClosures.Syntax;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Calls. f(a, b, k=v) is one dynamic call site (PyInvokeBinder) over the callee and its arguments;
// a call that spreads *args or **kwargs takes the runtime's slower flattening path.
internal sealed partial class CodeLowerer
{
    private Linq.Expression LowerCall(CallExpr call)
    {
        var callee = LowerExpression(call.Func);
        bool spreads = call.Args.Any(a => a is StarredExpr) || call.Keywords.Any(k => k.Arg is null);
        if (!spreads)
        {
            var arguments = new List<Linq.Expression>();
            arguments.AddRange(call.Args.Select(LowerExpression));
            arguments.AddRange(call.Keywords.Select(k => LowerExpression(k.Value)));
            var binder = PyInvokeBinder.Get(call.Args.Length + call.Keywords.Length, call.Keywords.Select(k => k.Arg!).ToArray());
            if (call.Keywords.IsDefaultOrEmpty && arguments.Count <= PyCode.MaxFastArity)
                return LowerPositionalCall(callee, arguments, binder);
            return Linq.Expression.Dynamic(binder, typeof(object), [callee, .. arguments]);
        }
        return Linq.Expression.Call(typeof(PyCallArguments), nameof(PyCallArguments.Call), null,
            callee,
            Linq.Expression.NewArrayInit(typeof(object), call.Args.Select(a => LowerExpression(a is StarredExpr s ? s.Value : a))),
            Linq.Expression.Constant(call.Args.Select(a => a is StarredExpr).ToArray()),
            Linq.Expression.Constant(call.Keywords.Select(k => k.Arg).ToArray(), typeof(string[])),
            Linq.Expression.NewArrayInit(typeof(object), call.Keywords.Select(k => LowerExpression(k.Value))));
    }
}
