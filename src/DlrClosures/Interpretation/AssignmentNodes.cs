using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Assignment statements: plain (the value once, then each target in order), parallel
/// (<c>a, b = b, a</c> without building a tuple), and unpacking. Augmented assignment arrives
/// lowered to these (a binary operation and temporaries).
/// </summary>
internal static class AssignmentNodes
{
    public sealed class Assign(ExecExpr value, ExecTarget[] targets) : ExecStmt
    {
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
        public override Completion Execute(Frame frame)
        {
            frame.SetLocal(slot, value.Evaluate(frame));
            return Completion.Normal;
        }
    }

    /// <summary><c>a, b = x, y</c>: every right-hand element first, then the stores.</summary>
    public sealed class AssignParallel(ExecExpr[] values, ExecTarget[] targets) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var temps = DisplayNodes.EvaluateAll(values, frame);
            for (int i = 0; i < targets.Length; i++) targets[i].Assign(frame, temps[i]);
            return Completion.Normal;
        }
    }

    /// <summary>A tuple or list target: unpacks (UNPACK_SEQUENCE, or UNPACK_EX with a starred element).</summary>
    public sealed class Unpack(ExecTarget[] targets, int star) : ExecTarget
    {
        public override void Assign(Frame frame, object value)
        {
            var items = star < 0
                ? PyIteration.Unpack(value, targets.Length)
                : PyIteration.UnpackStarred(value, star, targets.Length - star - 1);
            for (int i = 0; i < targets.Length; i++) targets[i].Assign(frame, items[i]);
        }
    }
}
