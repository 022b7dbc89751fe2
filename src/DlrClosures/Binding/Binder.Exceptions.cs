using DlrClosures.Syntax;

namespace DlrClosures.Binding;

// try/except/else/finally and raise. The jumps that leave a finally clause's guarded part count it
// (BoundBreak/BoundContinue/BoundReturn.FinallyCount); how a back end runs the clause on the way
// out is its own business.
internal sealed partial class Binder
{
    // Body, else, handlers (compiler_try_except), then the final body, which no longer encloses
    // the jumps it contains.
    private BoundTry BindTry(TryStmt statement)
    {
        bool hasFinally = !statement.FinalBody.IsDefaultOrEmpty;
        if (hasFinally) _code.FinallyDepth++;
        BoundBlock body, orElse;
        var handlers = System.Collections.Immutable.ImmutableArray.CreateBuilder<BoundHandler>(statement.Handlers.Length);
        try
        {
            body = BindStatements(statement.Body);
            orElse = BindStatements(statement.OrElse);
            foreach (var handler in statement.Handlers) handlers.Add(BindHandler(handler));
        }
        finally
        {
            if (hasFinally) _code.FinallyDepth--;
        }
        var final = hasFinally ? BindStatements(statement.FinalBody) : null;
        return new BoundTry(body, handlers.MoveToImmutable(), orElse, final, statement.Span);
    }

    // except T as name: body. The type is evaluated when the clause is tested; the name is bound to
    // the exception and unbound when the clause ends.
    private BoundHandler BindHandler(ExceptHandler handler)
    {
        var type = handler.Type is null ? null : Conditionally(() => BindExpression(handler.Type));
        var name = handler.Name is null ? null : StoreStorage(handler.Name);
        _code.HandlerDepth++;
        try
        {
            return new BoundHandler(type, name, BindStatements(handler.Body), handler.Span.Line, handler.Span);
        }
        finally
        {
            _code.HandlerDepth--;
        }
    }

    // As RAISE_VARARGS: the exception first, then the cause.
    private BoundRaise BindRaise(RaiseStmt statement)
    {
        var exception = statement.Exc is null ? null : BindExpression(statement.Exc);
        var cause = statement.Cause is null ? null : BindExpression(statement.Cause);
        return new BoundRaise(exception, cause, _code.HandlerDepth > 0, statement.Span);
    }
}
