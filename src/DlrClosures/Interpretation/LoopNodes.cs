using DlrClosures.Runtime;
using DlrClosures.Runtime.Limits;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// while and for. A loop consumes the break and continue completions of its body and passes a
/// return on; falling out of the loop (not breaking) runs the else clause. Lines are recorded
/// where the bound loops say: a while before each test, a for after each step of the iterator and
/// before the target is bound (unless its line is 0, as in a comprehension's loops). A loop whose
/// bound node asks for it begins each iteration with a checkpoint of the execution limits.
/// </summary>
internal static class LoopNodes
{
    public sealed class While(ExecExpr test, ExecStmt body, ExecStmt orElse, int line, bool checkpoint) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var frames = frame.Frames;
            while (true)
            {
                frame.Line = line;
                if (checkpoint) PyLimits.Checkpoint(frames);
                if (!test.EvaluateBool(frame)) break;
                var completion = body.Execute(frame);
                if (completion == Completion.Break) return Completion.Normal;
                if (completion == Completion.Return) return completion;
            }
            return orElse.Execute(frame);
        }
    }

    /// <summary>for target in iterable: one <see cref="PyIterator.MoveNext"/> per element, no StopIteration.</summary>
    public sealed class For(ExecExpr iterable, ExecTarget target, ExecStmt body, ExecStmt orElse, int line, bool checkpoint) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var iterator = PyIteration.GetIterator(iterable.Evaluate(frame));
            var frames = frame.Frames;
            while (true)
            {
                if (checkpoint) PyLimits.Checkpoint(frames);
                if (!iterator.MoveNext(out var item)) break;
                if (line != 0) frame.Line = line;
                target.Assign(frame, item);
                var completion = body.Execute(frame);
                if (completion == Completion.Break) return Completion.Normal;
                if (completion == Completion.Return) return completion;
            }
            return orElse.Execute(frame);
        }
    }

    /// <summary>A for loop whose target nothing reads: it advances the iterator without producing items.</summary>
    public sealed class ForSkip(ExecExpr iterable, ExecStmt body, ExecStmt orElse, int line, bool checkpoint) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var iterator = PyIteration.GetIterator(iterable.Evaluate(frame));
            var frames = frame.Frames;
            while (true)
            {
                if (checkpoint) PyLimits.Checkpoint(frames);
                if (!iterator.Skip()) break;
                if (line != 0) frame.Line = line;
                var completion = body.Execute(frame);
                if (completion == Completion.Break) return Completion.Normal;
                if (completion == Completion.Return) return completion;
            }
            return orElse.Execute(frame);
        }
    }
}
