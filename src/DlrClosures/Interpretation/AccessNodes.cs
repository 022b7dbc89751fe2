using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;

namespace DlrClosures.Interpretation;

/// <summary>
/// Attribute and subscript access, read and written, each through a call site of its node over
/// the runtime's member and index binders; a dict is indexed directly, which is all the index
/// binders' rule for a dict does.
/// </summary>
internal static class AccessNodes
{
    public sealed class Attribute(ExecExpr target, string name) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object>> _site =
            CallSite<Func<CallSite, object, object>>.Create(PyGetMemberBinder.Get(name));

        public override object Evaluate(Frame frame) => _site.Target(_site, target.Evaluate(frame));
    }

    public sealed class Subscript(ExecExpr container, ExecExpr index) : ExecExpr
    {
        private readonly CallSite<Func<CallSite, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object>>.Create(PyGetIndexBinder.Instance);

        public override object Evaluate(Frame frame)
        {
            var c = container.Evaluate(frame);
            var i = index.Evaluate(frame);
            return c is PyDict dict ? dict[i] : _site.Target(_site, c, i);
        }
    }

    /// <summary><c>lower:upper:step</c> in a subscript; a missing part is None.</summary>
    public sealed class Slice(ExecExpr? lower, ExecExpr? upper, ExecExpr? step) : ExecExpr
    {
        public override object Evaluate(Frame frame) => new PySlice(
            lower?.Evaluate(frame) ?? PyNone.Instance,
            upper?.Evaluate(frame) ?? PyNone.Instance,
            step?.Evaluate(frame) ?? PyNone.Instance);
    }

    /// <summary><c>obj.name = value</c>; the object is evaluated after the value, as in CPython.</summary>
    public sealed class AttributeTarget(ExecExpr target, string name) : ExecTarget
    {
        private readonly CallSite<Func<CallSite, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object>>.Create(PySetMemberBinder.Get(name));

        public override void Assign(Frame frame, object value) => _site.Target(_site, target.Evaluate(frame), value);
    }

    /// <summary><c>container[index] = value</c>.</summary>
    public sealed class SubscriptTarget(ExecExpr container, ExecExpr index) : ExecTarget
    {
        private readonly CallSite<Func<CallSite, object, object, object, object>> _site =
            CallSite<Func<CallSite, object, object, object, object>>.Create(PySetIndexBinder.Instance);

        public override void Assign(Frame frame, object value)
        {
            var c = container.Evaluate(frame);
            var i = index.Evaluate(frame);
            if (c is PyDict dict) dict[i] = value;
            else _site.Target(_site, c, i, value);
        }
    }
}
