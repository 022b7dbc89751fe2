using DlrClosures.Runtime;
using DlrClosures.Runtime.Limits;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// while and for. A loop consumes the break and continue completions of its body and passes a
/// return on; falling out of the loop (not breaking) runs the else clause. Lines are recorded
/// where the bound loops say: a while before each test, a for after each step of the iterator and
/// before the target is bound (unless its line is 0, as in a comprehension's loops). A loop whose
/// bound node asks for it begins each iteration with a checkpoint of the execution limits. A loop
/// built with <c>resumeAfter</c> (see <see cref="LoopResume"/>) counts the call's back edges and, past
/// that many, leaves the interpreter at the back edge: the call goes on in compiled code, or, with
/// <c>loopOnly</c>, the loop alone does and the interpreter goes on after it.
/// </summary>
internal static class LoopNodes
{
    public sealed class While(ExecExpr test, ExecStmt body, ExecStmt orElse, int line, bool checkpoint, Binding.BoundWhile bound, int resumeAfter, LoopResume? loopOnly) : ExecStmt
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
                if (completion != Completion.Normal && completion != Completion.Continue)
                {
                    if (completion == Completion.Break) return Completion.Normal;
                    return completion == Completion.Resume ? frame.AddResumeStep(bound, -1) : completion;
                }
                if (resumeAfter != 0 && ++frame.BackEdges >= resumeAfter)
                    return loopOnly is null ? frame.BeginResume(bound, null) : frame.RunCompiledLoop(loopOnly, bound, null);
            }
            return orElse.Execute(frame);
        }
    }

    /// <summary>for target in iterable: one <see cref="PyIterator.MoveNext"/> per element, no StopIteration.</summary>
    public sealed class For(ExecExpr iterable, ExecTarget target, ExecStmt body, ExecStmt orElse, int line, bool checkpoint, Binding.BoundFor bound, int resumeAfter, LoopResume? loopOnly) : ExecStmt
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
                if (completion != Completion.Normal && completion != Completion.Continue)
                {
                    if (completion == Completion.Break) return Completion.Normal;
                    return completion == Completion.Resume ? frame.AddResumeStep(bound, -1, iterator) : completion;
                }
                if (resumeAfter != 0 && ++frame.BackEdges >= resumeAfter)
                    return loopOnly is null ? frame.BeginResume(bound, iterator) : frame.RunCompiledLoop(loopOnly, bound, iterator);
            }
            return orElse.Execute(frame);
        }
    }

    /// <summary>A for loop whose target nothing reads: it advances the iterator without producing items.</summary>
    public sealed class ForSkip(ExecExpr iterable, ExecStmt body, ExecStmt orElse, int line, bool checkpoint, Binding.BoundFor bound, int resumeAfter, LoopResume? loopOnly) : ExecStmt
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
                if (completion != Completion.Normal && completion != Completion.Continue)
                {
                    if (completion == Completion.Break) return Completion.Normal;
                    return completion == Completion.Resume ? frame.AddResumeStep(bound, -1, iterator) : completion;
                }
                if (resumeAfter != 0 && ++frame.BackEdges >= resumeAfter)
                    return loopOnly is null ? frame.BeginResume(bound, iterator) : frame.RunCompiledLoop(loopOnly, bound, iterator);
            }
            return orElse.Execute(frame);
        }
    }
}
