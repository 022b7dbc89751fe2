using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Generators;
using DlrClosures.Runtime.Limits;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// The statements of a generator's body that contain a resume point (<see cref="Binding.GeneratorInfo"/>),
/// and the yields themselves. A step of the generator runs the body from the top with
/// <see cref="Frame.ResumeState"/> set to the point it stopped at: each of these statements then
/// goes straight to the child whose range of points holds it (a block skips the statements before,
/// a loop enters its body without testing, a try its guarded part, handler or finally clause, with
/// what it had parked restored from the frame), down to the yield, which clears the state and goes
/// on with the value sent (or raises what was thrown). A yield suspends by returning
/// <see cref="Completion.Yield"/>, which every statement passes straight out, leaving its state in
/// the frame. Statements without a resume point are the ordinary nodes.
/// </summary>
internal static class GeneratorNodes
{
    /// <summary>A child's range of resume points.</summary>
    public readonly record struct Range(int First, int Last)
    {
        public bool Holds(int state) => First <= state && state <= Last;
    }

    public sealed class Yield(int state, ExecExpr? value, ExecTarget? target) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            if (frame.ResumeState == state)
            {
                frame.ResumeState = 0;
                var sent = frame.Sent;
                frame.Sent = PyNone.Instance;
                if (frame.Thrown is { } thrown)
                {
                    frame.Thrown = null;
                    throw thrown;
                }
                target?.Assign(frame, sent);
                return Completion.Normal;
            }
            frame.Yielded = value is null ? PyNone.Instance : value.Evaluate(frame);
            frame.SuspendedAt = state;
            return Completion.Yield;
        }
    }

    /// <summary><c>yield from</c>: the delegate waits in frame slot <paramref name="slot"/> (<see cref="PyYieldFrom"/>).</summary>
    public sealed class YieldFrom(int state, ExecExpr iterable, ExecTarget? target, int slot) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            object @delegate, value;
            bool yielded;
            if (frame.ResumeState == state)
            {
                frame.ResumeState = 0;
                @delegate = frame.Locals[slot];
                var (sent, thrown) = (frame.Sent, frame.Thrown);
                (frame.Sent, frame.Thrown) = (PyNone.Instance, null);
                yielded = PyYieldFrom.Resume(@delegate, sent, thrown, out value);
            }
            else
            {
                @delegate = PyYieldFrom.Start(iterable.Evaluate(frame));
                frame.SetLocal(slot, @delegate);
                yielded = PyYieldFrom.Resume(@delegate, PyNone.Instance, null, out value);
            }
            if (yielded)
            {
                frame.Yielded = value;
                frame.SuspendedAt = state;
                return Completion.Yield;
            }
            frame.SetLocal(slot, PyUnbound.Instance);
            target?.Assign(frame, value);
            return Completion.Normal;
        }
    }

    public sealed class Block(ExecStmt[] statements, int[] lines, Range[] ranges) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            int i = 0;
            int state = frame.ResumeState;
            if (state != 0)
                while (!ranges[i].Holds(state)) i++;
            for (; i < statements.Length; i++)
            {
                if (lines[i] != 0) frame.Line = lines[i];
                var completion = statements[i].Execute(frame);
                if (completion != Completion.Normal) return completion;
            }
            return Completion.Normal;
        }
    }

    public sealed class If(ExecExpr test, ExecStmt then, ExecStmt orElse, Range thenRange) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            int state = frame.ResumeState;
            if (state != 0) return thenRange.Holds(state) ? then.Execute(frame) : orElse.Execute(frame);
            return test.EvaluateBool(frame) ? then.Execute(frame) : orElse.Execute(frame);
        }
    }

    public sealed class While(ExecExpr test, ExecStmt body, ExecStmt orElse, Range bodyRange, int line, bool checkpoint) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            int state = frame.ResumeState;
            bool resumeBody = state != 0;
            if (resumeBody && !bodyRange.Holds(state)) return orElse.Execute(frame);
            while (true)
            {
                if (!resumeBody)
                {
                    frame.Line = line;
                    if (checkpoint) PyLimits.Checkpoint(frame.Frames);
                    if (!test.EvaluateBool(frame)) break;
                }
                resumeBody = false;
                var completion = body.Execute(frame);
                if (completion != Completion.Normal && completion != Completion.Continue)
                    return completion == Completion.Break ? Completion.Normal : completion;
            }
            return orElse.Execute(frame);
        }
    }

    /// <summary>
    /// A for loop with a resume point: its iterator waits in frame slot <paramref name="slot"/>.
    /// With <paramref name="closes"/> (<see cref="Binding.BoundFor.ClosesIterator"/>) a generator it
    /// iterates is closed when the loop ends, but not when the loop only suspends.
    /// </summary>
    public sealed class For(ExecExpr iterable, ExecTarget? target, ExecStmt body, ExecStmt orElse, Range bodyRange,
        int line, bool checkpoint, int slot, bool closes) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            int state = frame.ResumeState;
            bool resumeBody = state != 0;
            if (resumeBody && !bodyRange.Holds(state)) return orElse.Execute(frame);
            var iterator = resumeBody ? (PyIterator)frame.Locals[slot] : PyIteration.GetIterator(iterable.Evaluate(frame));
            frame.SetLocal(slot, iterator);
            Completion completion;
            try
            {
                completion = Loop(frame, iterator, resumeBody);
            }
            catch
            {
                Leave(frame, iterator);
                throw;
            }
            if (completion == Completion.Yield) return completion;
            Leave(frame, iterator);
            return completion == Completion.Normal ? orElse.Execute(frame) : completion == Completion.Break ? Completion.Normal : completion;
        }

        // Normal: the iterator ran out; Yield, Return or Break otherwise.
        private Completion Loop(Frame frame, PyIterator iterator, bool resumeBody)
        {
            var frames = frame.Frames;
            while (true)
            {
                if (!resumeBody)
                {
                    if (checkpoint) PyLimits.Checkpoint(frames);
                    if (!iterator.MoveNext(out var item)) return Completion.Normal;
                    if (line != 0) frame.Line = line;
                    target?.Assign(frame, item);
                }
                resumeBody = false;
                var completion = body.Execute(frame);
                if (completion != Completion.Normal && completion != Completion.Continue) return completion;
            }
        }

        private void Leave(Frame frame, PyIterator iterator)
        {
            frame.SetLocal(slot, PyUnbound.Instance);
            if (closes) PyGenerator.CloseOwned(iterator);
        }
    }

    /// <summary>
    /// A for loop without a resume point that owns what it iterates (<see cref="Binding.BoundFor.ClosesIterator"/>):
    /// a generator it iterates is closed however the loop ends. It never leaves the interpreter midway.
    /// </summary>
    public sealed class ClosingFor(ExecExpr iterable, ExecTarget? target, ExecStmt body, ExecStmt orElse, int line, bool checkpoint) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var iterator = PyIteration.GetIterator(iterable.Evaluate(frame));
            var frames = frame.Frames;
            try
            {
                while (true)
                {
                    if (checkpoint) PyLimits.Checkpoint(frames);
                    if (!iterator.MoveNext(out var item)) break;
                    if (line != 0) frame.Line = line;
                    target?.Assign(frame, item);
                    var completion = body.Execute(frame);
                    if (completion != Completion.Normal && completion != Completion.Continue)
                        return completion == Completion.Break ? Completion.Normal : completion;
                }
            }
            finally
            {
                PyGenerator.CloseOwned(iterator);
            }
            return orElse.Execute(frame);
        }
    }

    /// <summary>What a try with a resume point in its finally clause parks in the frame while it is suspended there.</summary>
    private sealed class Parked(Exception? pending, int pendingLine, Completion completion)
    {
        public readonly Exception? Pending = pending;
        public readonly int PendingLine = pendingLine;
        public readonly Completion Completion = completion;
    }

    /// <summary>
    /// try/except/else/finally with a resume point somewhere in it, in the semantics of
    /// <see cref="ExceptionNodes.Try"/>. Suspending runs no finally clause and unbinds no
    /// <c>as</c> name. The exception an except clause handles stays in its slot while the clause is
    /// suspended (for a bare raise after the resume); a finally clause suspended midway parks the
    /// exception or jump it was running for in <paramref name="parkedSlot"/>.
    /// </summary>
    public sealed class Try(ExecStmt body, ExceptionNodes.Handler[] handlers, ExecStmt? orElse, ExecStmt? finalBody, int errorSlot,
        Range bodyRange, Range[] handlerRanges, Range elseRange, Range finalRange, int parkedSlot) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            int state = frame.ResumeState;
            if (finalBody is null) return TryExcept(frame, state);
            Completion completion;
            Exception? pending = null;
            int pendingLine = 0;
            if (state != 0 && finalRange.Holds(state))
            {
                var parked = (Parked)frame.Locals[parkedSlot];
                (pending, pendingLine, completion) = (parked.Pending, parked.PendingLine, parked.Completion);
            }
            else
            {
                try
                {
                    completion = TryExcept(frame, state);
                }
                catch (Exception caught)
                {
                    pending = caught;
                    pendingLine = frame.Line;
                    completion = Completion.Normal;
                }
                if (completion == Completion.Yield) return completion;
                if (finalRange.Last > 0) frame.SetLocal(parkedSlot, new Parked(pending, pendingLine, completion));
            }
            var final = finalBody.Execute(frame);
            if (final == Completion.Yield) return final;
            if (finalRange.Last > 0) frame.SetLocal(parkedSlot, PyUnbound.Instance);
            if (final != Completion.Normal) return final;
            if (pending is not null)
            {
                frame.Line = pendingLine;
                throw pending;
            }
            return completion;
        }

        private Completion TryExcept(Frame frame, int state)
        {
            if (state != 0 && !bodyRange.Holds(state))
            {
                if (elseRange.Holds(state)) return orElse!.Execute(frame);
                for (int i = 0; i < handlers.Length; i++)
                    if (handlerRanges[i].Holds(state))
                        return RunHandler(frame, handlers[i], (PyException)frame.Locals[errorSlot], resumed: true);
                throw new InvalidOperationException("a resume point outside the try statement that holds it");
            }
            if (handlers.Length == 0)
            {
                var result = body.Execute(frame);
                return result != Completion.Normal || orElse is null ? result : orElse.Execute(frame);
            }
            Completion completion;
            PyException error;
            try
            {
                completion = body.Execute(frame);
                goto Completed;
            }
            catch (PyException caught)
            {
                error = caught;
            }
            frame.SetLocal(errorSlot, error);
            foreach (var handler in handlers)
                if (handler.Type is null || PyExceptionHandling.Matches(error, handler.Type.Evaluate(frame)))
                    return RunHandler(frame, handler, error, resumed: false);
            throw error;
        Completed:
            if (completion != Completion.Normal || orElse is null) return completion;
            return orElse.Execute(frame);
        }

        // As ExceptionNodes.Try.RunHandler; the as name is bound when the clause starts and
        // unbound when it ends, not when it suspends.
        private static Completion RunHandler(Frame frame, ExceptionNodes.Handler handler, PyException error, bool resumed)
        {
            if (!resumed)
            {
                handler.Name?.Assign(frame, error.Value);
                frame.Line = handler.Line;
            }
            Completion completion;
            try
            {
                completion = handler.Body.Execute(frame);
            }
            catch
            {
                Unbind(frame, handler);
                throw;
            }
            if (completion != Completion.Yield) Unbind(frame, handler);
            return completion;
        }

        private static void Unbind(Frame frame, ExceptionNodes.Handler handler)
        {
            if (handler.Name is null) return;
            handler.Name.Assign(frame, PyNone.Instance);
            handler.Name.Delete(frame);
        }
    }
}
