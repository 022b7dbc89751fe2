using System.Collections.Immutable;
using DlrClosures.Runtime.Functions;
using DlrClosures.Syntax;

namespace DlrClosures.Binding;

// Calls: callee, positional arguments, then keyword values, left to right; a call that spreads
// *args or **kwargs takes the runtime's flattening path.
internal sealed partial class Binder
{
    private BoundExpr BindCall(CallExpr call)
    {
        var callee = BindExpression(call.Func);
        bool spreads = call.Args.Any(a => a is StarredExpr) || call.Keywords.Any(k => k.Arg is null);
        if (spreads)
        {
            var positional = call.Args.Select(a => BindExpression(a is StarredExpr s ? s.Value : a)).ToImmutableArray();
            return new BoundSpreadCall(callee, positional, call.Args.Select(a => a is StarredExpr).ToImmutableArray(),
                call.Keywords.Select(k => k.Arg).ToImmutableArray(), call.Keywords.Select(k => BindExpression(k.Value)).ToImmutableArray(), call.Span);
        }
        if (call.Func is NameExpr { Id: var id } && FrameReaders.Contains(id) && _context.Lookup(id) == Scoping.BindingKind.GlobalImplicit)
            return BindFrameReaderCall(call, callee);
        var arguments = call.Args.Select(BindExpression).Concat(call.Keywords.Select(k => BindExpression(k.Value))).ToImmutableArray();
        var keywords = call.Keywords.Select(k => k.Arg!).ToImmutableArray();
        return new BoundCall(callee, arguments, keywords, Positional: keywords.IsEmpty && arguments.Length <= PyCode.MaxFastArity, call.Span);
    }

    /// <summary><c>callee(argument)</c>, positional: how a decorator is applied.</summary>
    private static BoundCall CallOne(BoundExpr callee, BoundExpr argument) =>
        new(callee, [argument], [], Positional: true, argument.Span);
}
