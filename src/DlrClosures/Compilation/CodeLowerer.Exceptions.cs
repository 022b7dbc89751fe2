using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// try/except/else/finally and raise. One catch of PyException per try statement parks the
// exception; after it the except clauses are tested in order and the exception raised again when
// none matches; `else` runs after the try block only when it completed, outside the handlers.
//
// `finally` is not a .NET finally block, because Python lets a finally clause return, break or
// continue and .NET does not let control leave a finally block. It is lowered as compilers lower
// finally in state machines: the guarded part runs under a catch that parks the exception; every
// return/break/continue that leaves the guarded part records which jump it was and goes to the
// exit label; there the final body runs as ordinary code, then the parked exception is rethrown or
// the recorded jump is replayed (itself routed through any enclosing finally). The bound tree says
// how many finally clauses each jump crosses.
internal sealed partial class CodeLowerer
{
    // The finally clauses enclosing the code being lowered, innermost last.
    private readonly Stack<FinallyContext> _finallies = new();

    // The exception each enclosing except clause handles, innermost last: what a bare raise raises.
    private readonly Stack<Linq.ParameterExpression> _handling = new();

    public Linq.Expression VisitTry(BoundTry node)
    {
        if (node.Finally is null) return LowerTryExcept(node);

        var context = new FinallyContext();
        _finallies.Push(context);
        Linq.Expression guarded;
        try
        {
            guarded = LowerTryExcept(node);
        }
        finally
        {
            _finallies.Pop();
        }

        var pending = Linq.Expression.Variable(typeof(Exception), "pending");
        var pendingLine = Linq.Expression.Variable(typeof(int), "pendingLine");
        var caught = Linq.Expression.Parameter(typeof(Exception), "caught");
        var finalBody = Lower(node.Finally);
        var replay = context.Jumps.Select((jump, i) => Linq.Expression.SwitchCase(jump(), Linq.Expression.Constant(i + 1))).ToArray();
        var body = new List<Linq.Expression>
        {
            Linq.Expression.Assign(context.Action, Linq.Expression.Constant(0)),
            Linq.Expression.Assign(pending, Linq.Expression.Constant(null, typeof(Exception))),
            Linq.Expression.TryCatch(Linq.Expression.Block(typeof(void), guarded),
                Linq.Expression.Catch(caught, Linq.Expression.Block(typeof(void),
                    CaughtHere(caught),
                    Linq.Expression.Assign(pending, caught), Linq.Expression.Assign(pendingLine, _line)))),
            Linq.Expression.Label(context.Exit),
            // Run for an exception, the final body handles it: it is what a bare raise raises
            // there and the context of what the body raises.
            Handling(finalBody, pending),
            // The parked exception leaves at the line it was raised at, not the final body's last
            // (the traceback entry is recorded as it leaves the frame).
            Linq.Expression.IfThen(Linq.Expression.ReferenceNotEqual(pending, Linq.Expression.Constant(null, typeof(Exception))),
                Linq.Expression.Block(Linq.Expression.Assign(_line, pendingLine), Linq.Expression.Throw(pending))),
        };
        if (replay.Length > 0) body.Add(Linq.Expression.Switch(context.Action, replay));
        return Linq.Expression.Block(typeof(void), [context.Action, pending, pendingLine], body);
    }

    // try: body except ...: handlers else: orElse. The catch only parks the exception: the except
    // clauses run after it, once .NET has unwound the frames the exception left. A handler run
    // inside a catch block runs on top of the dispatch that is still under way (the raising frames
    // stay on the machine stack until the catch block returns), so a handler that raises again, in
    // every frame of a deep recursion (`except RecursionError: raise`), piles one dispatch on
    // another until a 1 MB stack overflows.
    private Linq.Expression LowerTryExcept(BoundTry node)
    {
        Linq.Expression result = Lower(node.Body);
        if (node.Handlers.IsEmpty) return result;
        var error = Linq.Expression.Variable(typeof(PyException), "error");
        var caught = Linq.Expression.Parameter(typeof(PyException), "caught");
        _handling.Push(error);
        Linq.Expression handlers;
        try
        {
            handlers = Handling(LowerHandlers(node.Handlers, error), error);
        }
        finally
        {
            _handling.Pop();
        }
        var noError = Linq.Expression.ReferenceEqual(error, Linq.Expression.Constant(null, typeof(PyException)));
        return Linq.Expression.Block(typeof(void), [error],
            Linq.Expression.Assign(error, Linq.Expression.Constant(null, typeof(PyException))),
            Linq.Expression.TryCatch(Linq.Expression.Block(typeof(void), result),
                Linq.Expression.Catch(caught, Linq.Expression.Block(typeof(void), Linq.Expression.Assign(error, caught), CaughtHere(caught)))),
            IsEmpty(node.OrElse)
                ? Linq.Expression.IfThen(Linq.Expression.Not(noError), handlers)
                : Linq.Expression.IfThenElse(noError, Lower(node.OrElse), handlers));
    }

    // PyExceptionHandling.Caught: the frame's traceback entry and the exception's context, where it is caught.
    private Linq.Expression CaughtHere(Linq.ParameterExpression caught) =>
        Linq.Expression.Call(typeof(PyExceptionHandling), nameof(PyExceptionHandling.Caught), null, caught, _frames, _function, _line);

    /// <summary>
    /// <paramref name="body"/> run while <paramref name="error"/> (when not null) is the exception
    /// being handled (PUSH_EXC_INFO ... POP_EXCEPT): the thread's handled exception is set for it and
    /// restored however it ends, and an exception leaving it takes <paramref name="error"/> as its
    /// context unless an inner clause gave it one (a filter that never catches).
    /// </summary>
    private Linq.Expression Handling(Linq.Expression body, Linq.ParameterExpression error)
    {
        var previous = Linq.Expression.Variable(typeof(PyException), "handledBefore");
        var leaving = Linq.Expression.Parameter(typeof(PyException), "leaving");
        return Linq.Expression.Block(typeof(void), [previous],
            Linq.Expression.Assign(previous, Linq.Expression.Call(typeof(PyExceptionHandling), nameof(PyExceptionHandling.BeginHandling), null, _frames, error)),
            Linq.Expression.TryCatchFinally(
                Linq.Expression.Block(typeof(void), body),
                Linq.Expression.Call(typeof(PyExceptionHandling), nameof(PyExceptionHandling.EndHandling), null, _frames, previous),
                Linq.Expression.Catch(leaving, Linq.Expression.Empty(),
                    Linq.Expression.Call(typeof(PyExceptionHandling), nameof(PyExceptionHandling.Leaving), null, leaving, error))));
    }

    /// <summary>
    /// A jump out of the current code position: direct when no finally clause lies between here
    /// and the target (<paramref name="targetDepth"/>: how many finally clauses enclose the target),
    /// else recorded in the innermost finally clause and replayed after its body.
    /// </summary>
    private Linq.Expression Jump(Func<Linq.Expression> direct, int targetDepth)
    {
        if (_finallies.Count <= targetDepth) return direct();
        var context = _finallies.Peek();
        // Replayed after the final body, where this clause no longer encloses the code.
        context.Jumps.Add(() => Jump(direct, targetDepth));
        return Linq.Expression.Block(
            Linq.Expression.Assign(context.Action, Linq.Expression.Constant(context.Jumps.Count)),
            Linq.Expression.Goto(context.Exit));
    }

    // if matches(error, T1): body1 elif matches(error, T2): body2 ... else: raise error again
    private Linq.Expression LowerHandlers(System.Collections.Immutable.ImmutableArray<BoundHandler> handlers, Linq.ParameterExpression error)
    {
        Linq.Expression chain = Linq.Expression.Throw(error);
        for (int i = handlers.Length - 1; i >= 0; i--)
        {
            var handler = handlers[i];
            var body = LowerHandlerBody(handler, error);
            chain = handler.Type is null
                ? body
                : Linq.Expression.IfThenElse(
                    Linq.Expression.Call(typeof(PyExceptionHandling), nameof(PyExceptionHandling.Matches), null, error, Lower(handler.Type)),
                    body, chain);
        }
        return Linq.Expression.Block(typeof(void), chain);
    }

    // except T as name: the name is bound to the exception object and, as in CPython, deleted when
    // the clause ends however it ends (so it cannot keep the traceback alive). That cleanup is a
    // .NET finally: it never returns, breaks or continues.
    private Linq.Expression LowerHandlerBody(BoundHandler handler, Linq.ParameterExpression error)
    {
        var body = handler.Line > 0 ? Linq.Expression.Block(SetLine(handler.Line), Lower(handler.Body)) : Lower(handler.Body);
        if (handler.Name is null) return body;
        var value = Linq.Expression.Convert(Linq.Expression.Property(error, nameof(PyException.Value)), typeof(object));
        return Linq.Expression.Block(
            StoreName(handler.Name, value),
            Linq.Expression.TryFinally(body, Linq.Expression.Block(StoreName(handler.Name, s_none), DeleteName(handler.Name))));
    }

    // raise: x, then the cause, evaluated (RAISE_VARARGS), then PyExceptionHandling.Raise sets the
    // cause and the context. A bare raise in an except clause of this code raises that clause's
    // exception; elsewhere, the one being handled on the thread.
    public Linq.Expression VisitRaise(BoundRaise node)
    {
        if (node.Exception is null)
            return node.InHandler && _handling.Count > 0
                ? Linq.Expression.Throw(_handling.Peek())
                : Linq.Expression.Throw(Linq.Expression.Call(typeof(PyExceptionHandling), nameof(PyExceptionHandling.Reraise), null, _frames));
        var cause = node.Cause is null ? Linq.Expression.Constant(null, typeof(object)) : Lower(node.Cause);
        return Linq.Expression.Throw(Linq.Expression.Call(typeof(PyExceptionHandling), nameof(PyExceptionHandling.Raise), null,
            Lower(node.Exception), cause, _frames));
    }

    /// <summary>One finally clause being lowered: its exit label and the jumps it must replay.</summary>
    private sealed class FinallyContext
    {
        public Linq.LabelTarget Exit { get; } = Linq.Expression.Label("finally");

        /// <summary>0: fell through or raised; k: replay <see cref="Jumps"/>[k - 1].</summary>
        public Linq.ParameterExpression Action { get; } = Linq.Expression.Variable(typeof(int), "finallyAction");

        public List<Func<Linq.Expression>> Jumps { get; } = [];
    }
}
