using DlrClosures.Syntax;
using static DlrClosures.Interpretation.CallNodes;

namespace DlrClosures.Interpretation;

// Calls: a node per positional arity up to three (each with its own call site), a general node
// for more arguments or keywords, and the spreading path for *args and **kwargs.
internal sealed partial class NodeBuilder
{
    private ExecExpr BuildCall(CallExpr call)
    {
        var callee = BuildExpression(call.Func);
        bool spreads = call.Args.Any(a => a is StarredExpr) || call.Keywords.Any(k => k.Arg is null);
        if (!spreads)
        {
            var arguments = call.Args.Select(BuildExpression).ToArray();
            var keywordValues = call.Keywords.Select(k => BuildExpression(k.Value)).ToArray();
            if (keywordValues.Length == 0)
            {
                switch (arguments)
                {
                    case []: return new Call0(callee);
                    case [var a0]: return new Call1(callee, a0);
                    case [var a0, var a1]: return new Call2(callee, a0, a1);
                    case [var a0, var a1, var a2]: return new Call3(callee, a0, a1, a2);
                }
            }
            return new CallN(callee, [.. arguments, .. keywordValues], call.Keywords.Select(k => k.Arg!).ToArray());
        }
        var positional = call.Args.Select(a => BuildExpression(a is StarredExpr s ? s.Value : a)).ToArray();
        return new Spread(callee, positional, call.Args.Select(a => a is StarredExpr).ToArray(),
            call.Keywords.Select(k => k.Arg).ToArray(), call.Keywords.Select(k => BuildExpression(k.Value)).ToArray());
    }
}
