using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Calls. A positional call of up to three arguments has a call site over <see cref="PyInvokeBinder"/>
/// typed for its arity. For a <see cref="PyCallable"/> (functions, builtins, classes, bound methods)
/// the node takes the binder's rule itself, <c>callable.Call1(a0)</c>..., which reaches a function's
/// arity-specialised entry point with no argument array, so the site is bound (and its rule compiled)
/// only for the other callables; CPython 3.11 specialises calls the same way (CALL_PY_EXACT_ARGS).
/// Calls with more arguments or with keywords call <see cref="PyCalls.Call(object, object[], string[])"/>,
/// which is what the binder's rule for those shapes does, without a delegate type per arity. A call
/// that spreads <c>*args</c> or <c>**kwargs</c> takes the runtime's flattening path.
/// </summary>
internal static class CallNodes
{
    public sealed class Call0(ExecExpr callee) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object>> _site =
            CallSite<Func<CallSite, object, object>>.Create(PyInvokeBinder.Get(0, []));

        public override object Evaluate(Frame frame)
        {
            var f = callee.Evaluate(frame);
            return f is PyFunction function ? function.Call0(frame.Frames) : f is PyCallable c ? c.Call0() : _site.Target(_site, f);
        }
    }

    public sealed class Call1(ExecExpr callee, ExecExpr a0) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object>>.Create(PyInvokeBinder.Get(1, []));

        public override object Evaluate(Frame frame)
        {
            var f = callee.Evaluate(frame);
            var x0 = a0.Evaluate(frame);
            return f is PyFunction function ? function.Call1(frame.Frames, x0) : f is PyCallable c ? c.Call1(x0) : _site.Target(_site, f, x0);
        }
    }

    public sealed class Call2(ExecExpr callee, ExecExpr a0, ExecExpr a1) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object, object>>.Create(PyInvokeBinder.Get(2, []));

        public override object Evaluate(Frame frame)
        {
            var f = callee.Evaluate(frame);
            var x0 = a0.Evaluate(frame);
            var x1 = a1.Evaluate(frame);
            return f is PyFunction function ? function.Call2(frame.Frames, x0, x1) : f is PyCallable c ? c.Call2(x0, x1) : _site.Target(_site, f, x0, x1);
        }
    }

    public sealed class Call3(ExecExpr callee, ExecExpr a0, ExecExpr a1, ExecExpr a2) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object, object, object>>.Create(PyInvokeBinder.Get(3, []));

        public override object Evaluate(Frame frame)
        {
            var f = callee.Evaluate(frame);
            var x0 = a0.Evaluate(frame);
            var x1 = a1.Evaluate(frame);
            var x2 = a2.Evaluate(frame);
            return f is PyFunction function ? function.Call3(frame.Frames, x0, x1, x2) : f is PyCallable c ? c.Call3(x0, x1, x2) : _site.Target(_site, f, x0, x1, x2);
        }
    }

    /// <summary>Positional arguments then keyword values, in source order; <paramref name="keywordNames"/> names the last ones.</summary>
    public sealed class CallN(ExecExpr callee, ExecExpr[] arguments, string[] keywordNames) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var f = callee.Evaluate(frame);
            return PyCalls.Call(f, DisplayNodes.EvaluateAll(arguments, frame), keywordNames);
        }
    }

    /// <summary><c>f(*args, **kwargs)</c>: positional values flagged when starred; a null keyword name marks a mapping.</summary>
    public sealed class Spread(ExecExpr callee, ExecExpr[] positional, bool[] starred, string?[] keywordNames, ExecExpr[] keywordValues) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var f = callee.Evaluate(frame);
            var args = DisplayNodes.EvaluateAll(positional, frame);
            var values = DisplayNodes.EvaluateAll(keywordValues, frame);
            return PyCallArguments.Call(f, args, starred, keywordNames, values);
        }
    }
}
