using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Assignment statements: plain (the value once, then each target in order), parallel
/// (<c>a, b = b, a</c> without building a tuple, as the compiler and CPython do), unpacking, and
/// augmented assignment, whose target's container and index are evaluated once.
/// </summary>
internal static class AssignmentNodes
{
    public sealed class Assign(ExecExpr value, ExecTarget[] targets) : ExecStmt
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            var v = value.Evaluate(frame);
            foreach (var target in targets) target.Assign(frame, v);
            return Completion.Normal;
        }
    }

    /// <summary>The common <c>name = value</c> into a plain local: no target dispatch.</summary>
    public sealed class AssignLocal(ExecExpr value, int slot) : ExecStmt
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            frame.SetLocal(slot, value.Evaluate(frame));
            return Completion.Normal;
        }
    }

    /// <summary><c>a, b = x, y</c>: every right-hand element first, then the stores.</summary>
    public sealed class AssignParallel(ExecExpr[] values, ExecTarget[] targets) : ExecStmt
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            var temps = DisplayNodes.EvaluateAll(values, frame);
            for (int i = 0; i < targets.Length; i++) targets[i].Assign(frame, temps[i]);
            return Completion.Normal;
        }
    }

    /// <summary>A tuple or list target: unpacks (UNPACK_SEQUENCE, or UNPACK_EX with a starred element); deletes element-wise.</summary>
    public sealed class Unpack(ExecTarget[] targets, int star) : ExecTarget
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override void Assign(Frame frame, object value)
        {
            var items = star < 0
                ? PyIteration.Unpack(value, targets.Length)
                : PyIteration.UnpackStarred(value, star, targets.Length - star - 1);
            for (int i = 0; i < targets.Length; i++) targets[i].Assign(frame, items[i]);
        }

        public override void Delete(Frame frame)
        {
            foreach (var target in targets) target.Delete(frame);
        }
    }

    /// <summary><c>name op= value</c>: read, combine in place, store back.</summary>
    public sealed class AugName(ExecExpr load, ExecExpr value, ExecTarget store, PyBinaryOp operation) : ExecStmt
    {
        private readonly BinaryOperation _operation = new(operation);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            var current = load.Evaluate(frame);
            var operand = value.Evaluate(frame);
            store.Assign(frame, _operation.Apply(current, operand));
            return Completion.Normal;
        }
    }

    /// <summary><c>local op= value</c> on a plain local: read and written in place, no target dispatch.</summary>
    public sealed class AugLocal(int slot, string name, ExecExpr value, PyBinaryOp operation) : ExecStmt
    {
        private readonly BinaryOperation _operation = new(operation);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            var current = frame.Locals[slot];
            if (ReferenceEquals(current, PyUnbound.Instance)) PyNames.CheckLocal(current, name);
            var operand = value.Evaluate(frame);
            frame.SetLocal(slot, _operation.Apply(current, operand));
            return Completion.Normal;
        }
    }

    /// <summary><c>container[index] op= value</c>.</summary>
    public sealed class AugSubscript(ExecExpr container, ExecExpr index, ExecExpr value, PyBinaryOp operation) : ExecStmt
    {
        private readonly CallSite<Func<CallSite, object, object, object>> _get =
            CallSite<Func<CallSite, object, object, object>>.Create(PyGetIndexBinder.Instance);
        private readonly BinaryOperation _operation = new(operation);
        private readonly CallSite<Func<CallSite, object, object, object, object>> _set =
            CallSite<Func<CallSite, object, object, object, object>>.Create(PySetIndexBinder.Instance);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            var c = container.Evaluate(frame);
            var i = index.Evaluate(frame);
            var current = _get.Target(_get, c, i);
            var operand = value.Evaluate(frame);
            var combined = _operation.Apply(current, operand);
            _set.Target(_set, c, i, combined);
            return Completion.Normal;
        }
    }

    /// <summary><c>obj.name op= value</c>.</summary>
    public sealed class AugAttribute(ExecExpr target, string name, ExecExpr value, PyBinaryOp operation) : ExecStmt
    {
        private readonly CallSite<Func<CallSite, object, object>> _get =
            CallSite<Func<CallSite, object, object>>.Create(PyGetMemberBinder.Get(name));
        private readonly BinaryOperation _operation = new(operation);
        private readonly CallSite<Func<CallSite, object, object, object>> _set =
            CallSite<Func<CallSite, object, object, object>>.Create(PySetMemberBinder.Get(name));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            var t = target.Evaluate(frame);
            var current = _get.Target(_get, t);
            var operand = value.Evaluate(frame);
            var combined = _operation.Apply(current, operand);
            _set.Target(_set, t, combined);
            return Completion.Normal;
        }
    }
}
