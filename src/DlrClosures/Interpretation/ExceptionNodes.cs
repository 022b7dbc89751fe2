using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Interpretation;

/// <summary>
/// try/except/else/finally and raise, in the semantics <see cref="Binding.BoundTry"/> states.
/// </summary>
/// <remarks>
/// The except clauses follow one <c>catch (PyException)</c> that parks the exception: they are
/// tested in order and the exception is raised again when none matches. A finally clause is ordinary code run after the guarded part, which runs under a
/// catch that parks any exception: return, break and continue leave the guarded part as a
/// <see cref="Completion"/>, so the final body runs, then the parked exception is rethrown or the
/// completion passed on, unless the final body itself jumps, which discards both (as in CPython).
/// The exception an except clause handles is kept in a frame slot of its own (one per try statement,
/// past the bound layout's locals), for a bare <c>raise</c> in the clause to rethrow.
/// </remarks>
internal static class ExceptionNodes
{
    /// <summary>One except clause: its type test (null for a bare except), its <c>as</c> name, its body and the line the frame records.</summary>
    public sealed record Handler(ExecExpr? Type, NameTargets.NameTarget? Name, ExecStmt Body, int Line);

    public sealed class Try(ExecStmt body, Handler[] handlers, ExecStmt? orElse, ExecStmt? finalBody, int errorSlot) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            if (finalBody is null) return TryExcept(frame);
            Completion completion;
            Exception? pending = null;
            int pendingLine = 0;
            try
            {
                completion = TryExcept(frame);
            }
            catch (Exception caught)
            {
                PyExceptionHandling.Caught(caught, frame.Frames, frame.Function, frame.Line);
                pending = caught;
                pendingLine = frame.Line;
                completion = Completion.Normal;
            }
            // Run for an exception, the final body handles it (see CodeLowerer.Handling).
            Completion final;
            var handledBefore = PyExceptionHandling.BeginHandling(frame.Frames, pending);
            try
            {
                final = finalBody.Execute(frame);
            }
            catch (PyException leaving) when (PyExceptionHandling.Leaving(leaving, pending))
            {
                throw;
            }
            finally
            {
                PyExceptionHandling.EndHandling(frame.Frames, handledBefore);
            }
            if (final != Completion.Normal) return final;
            if (pending is not null)
            {
                // It leaves at the line it was raised at, not the final body's last.
                frame.Line = pendingLine;
                throw pending;
            }
            return completion;
        }

        // The catch only parks the exception; the except clauses run after it, once .NET has
        // unwound the frames the exception left (see CodeLowerer.LowerTryExcept for why).
        private Completion TryExcept(Frame frame)
        {
            if (handlers.Length == 0) return body.Execute(frame);
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
                PyExceptionHandling.Caught(caught, frame.Frames, frame.Function, frame.Line);
            }
            frame.SetLocal(errorSlot, error);
            // The clauses are tested and run while the exception is the one being handled.
            var handledBefore = PyExceptionHandling.BeginHandling(frame.Frames, error);
            try
            {
                foreach (var handler in handlers)
                    if (handler.Type is null || PyExceptionHandling.Matches(error, handler.Type.Evaluate(frame)))
                        return RunHandler(frame, handler, error);
                throw error;
            }
            catch (PyException leaving) when (PyExceptionHandling.Leaving(leaving, error))
            {
                throw;
            }
            finally
            {
                PyExceptionHandling.EndHandling(frame.Frames, handledBefore);
            }
        Completed:
            if (completion != Completion.Normal || orElse is null) return completion;
            return orElse.Execute(frame);
        }

        // except T as name: the name is bound to the exception object and, as in CPython, set to
        // None and deleted when the clause ends however it ends (so it cannot keep the traceback alive).
        private static Completion RunHandler(Frame frame, Handler handler, PyException error)
        {
            if (handler.Name is null)
            {
                frame.Line = handler.Line;
                return handler.Body.Execute(frame);
            }
            handler.Name.Assign(frame, error.Value);
            try
            {
                frame.Line = handler.Line;
                return handler.Body.Execute(frame);
            }
            finally
            {
                handler.Name.Assign(frame, PyNone.Instance);
                handler.Name.Delete(frame);
            }
        }
    }

    /// <summary><c>raise exc [from cause]</c>: exc, then cause, are evaluated, then exc is made an exception (RAISE_VARARGS).</summary>
    public sealed class Raise(ExecExpr exception, ExecExpr? cause) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var value = exception.Evaluate(frame);
            throw PyExceptionHandling.Raise(value, cause?.Evaluate(frame), frame.Frames);
        }
    }

    /// <summary>A bare <c>raise</c> inside an except clause: rethrows the exception that clause handles.</summary>
    public sealed class Reraise(int errorSlot) : ExecStmt
    {
        public override Completion Execute(Frame frame) => throw (PyException)frame.Locals[errorSlot];
    }

    /// <summary>A bare <c>raise</c> outside any except clause of its code: the exception being handled on the thread, if any.</summary>
    public sealed class RaiseNoActive : ExecStmt
    {
        public override Completion Execute(Frame frame) => throw PyExceptionHandling.Reraise(frame.Frames);
    }
}
