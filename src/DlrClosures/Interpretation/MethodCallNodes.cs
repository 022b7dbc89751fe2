using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Methods;

namespace DlrClosures.Interpretation;

/// <summary>
/// <c>obj.name(args)</c> where a built-in type has a fast method of that name and arity
/// (<see cref="FastMethods"/>): a receiver of exactly that type calls the method's body with the
/// evaluated arguments, with no bound method and no argument array; any other receiver has its
/// attribute read first (before the arguments, as CPython's LOAD_METHOD) and called as
/// <see cref="CallNodes"/> would call it.
/// </summary>
internal static class MethodCallNodes
{
    public sealed class Call0(ExecExpr receiver, string name, Type type, Func<object, object> body) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object>> _member =
            CallSite<Func<CallSite, object, object>>.Create(PyGetMemberBinder.Get(name));
        private readonly CallSite<Func<CallSite, object, object>> _call =
            CallSite<Func<CallSite, object, object>>.Create(PyInvokeBinder.Get(0, []));

        public override object Evaluate(Frame frame)
        {
            var r = receiver.Evaluate(frame);
            if (r.GetType() == type) return body(r);
            var f = _member.Target(_member, r);
            return f is PyFunction function ? function.Call0(frame.Frames) : f is PyCallable c ? c.Call0() : _call.Target(_call, f);
        }
    }

    public sealed class Call1(ExecExpr receiver, string name, Type type, Func<object, object, object> body, ExecExpr a0) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object>> _member =
            CallSite<Func<CallSite, object, object>>.Create(PyGetMemberBinder.Get(name));
        private readonly CallSite<Func<CallSite, object, object, object>> _call =
            CallSite<Func<CallSite, object, object, object>>.Create(PyInvokeBinder.Get(1, []));

        public override object Evaluate(Frame frame)
        {
            var r = receiver.Evaluate(frame);
            if (r.GetType() == type) return body(r, a0.Evaluate(frame));
            var f = _member.Target(_member, r);
            var x0 = a0.Evaluate(frame);
            return f is PyFunction function ? function.Call1(frame.Frames, x0) : f is PyCallable c ? c.Call1(x0) : _call.Target(_call, f, x0);
        }
    }

    public sealed class Call2(ExecExpr receiver, string name, Type type, Func<object, object, object, object> body, ExecExpr a0, ExecExpr a1) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object>> _member =
            CallSite<Func<CallSite, object, object>>.Create(PyGetMemberBinder.Get(name));
        private readonly CallSite<Func<CallSite, object, object, object, object>> _call =
            CallSite<Func<CallSite, object, object, object, object>>.Create(PyInvokeBinder.Get(2, []));

        public override object Evaluate(Frame frame)
        {
            var r = receiver.Evaluate(frame);
            if (r.GetType() == type)
            {
                var k = a0.Evaluate(frame);
                return body(r, k, a1.Evaluate(frame));
            }
            var f = _member.Target(_member, r);
            var x0 = a0.Evaluate(frame);
            var x1 = a1.Evaluate(frame);
            return f is PyFunction function ? function.Call2(frame.Frames, x0, x1) : f is PyCallable c ? c.Call2(x0, x1) : _call.Target(_call, f, x0, x1);
        }
    }

    /// <summary><c>obj.name((a, b))</c> with a pair form: a receiver of the fast type gets the items, any other a tuple.</summary>
    public sealed class PairCall1(ExecExpr receiver, string name, Type type, Func<object, object, object, object> body, ExecExpr a, ExecExpr b) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object>> _member =
            CallSite<Func<CallSite, object, object>>.Create(PyGetMemberBinder.Get(name));
        private readonly CallSite<Func<CallSite, object, object, object>> _call =
            CallSite<Func<CallSite, object, object, object>>.Create(PyInvokeBinder.Get(1, []));

        public override object Evaluate(Frame frame)
        {
            var r = receiver.Evaluate(frame);
            if (r.GetType() == type)
            {
                var x = a.Evaluate(frame);
                return body(r, x, b.Evaluate(frame));
            }
            var f = _member.Target(_member, r);
            var first = a.Evaluate(frame);
            object key = new PyTuple([first, b.Evaluate(frame)]);
            return f is PyFunction function ? function.Call1(frame.Frames, key) : f is PyCallable c ? c.Call1(key) : _call.Target(_call, f, key);
        }
    }

    /// <summary><c>obj.name((a, b), x1)</c> with a pair form.</summary>
    public sealed class PairCall2(ExecExpr receiver, string name, Type type, Func<object, object, object, object, object> body,
        ExecExpr a, ExecExpr b, ExecExpr a1) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object>> _member =
            CallSite<Func<CallSite, object, object>>.Create(PyGetMemberBinder.Get(name));
        private readonly CallSite<Func<CallSite, object, object, object, object>> _call =
            CallSite<Func<CallSite, object, object, object, object>>.Create(PyInvokeBinder.Get(2, []));

        public override object Evaluate(Frame frame)
        {
            var r = receiver.Evaluate(frame);
            if (r.GetType() == type)
            {
                var x = a.Evaluate(frame);
                var y = b.Evaluate(frame);
                return body(r, x, y, a1.Evaluate(frame));
            }
            var f = _member.Target(_member, r);
            var first = a.Evaluate(frame);
            object key = new PyTuple([first, b.Evaluate(frame)]);
            var x1 = a1.Evaluate(frame);
            return f is PyFunction function ? function.Call2(frame.Frames, key, x1) : f is PyCallable c ? c.Call2(key, x1) : _call.Target(_call, f, key, x1);
        }
    }
}
