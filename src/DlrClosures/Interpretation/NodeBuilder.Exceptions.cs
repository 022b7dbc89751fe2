using DlrClosures.Syntax;
using static DlrClosures.Interpretation.ExceptionNodes;

namespace DlrClosures.Interpretation;

// try/except/else/finally and raise. Each try statement with except clauses gets a frame slot for
// the exception it handles; a bare raise refers to the slot of the innermost enclosing clause.
internal sealed partial class NodeBuilder
{
    // The exception slots of the except clauses enclosing the code being built, innermost last.
    private readonly Stack<int> _handling = new();

    // Built in the compiler's order: the body, the clauses last to first (each body before its
    // type), the else clause, the finally clause.
    private ExecStmt BuildTry(TryStmt statement)
    {
        var body = BuildStatements(statement.Body);
        Handler[] handlers = [];
        int errorSlot = -1;
        if (!statement.Handlers.IsDefaultOrEmpty)
        {
            errorSlot = _layout.NewLocal();
            handlers = new Handler[statement.Handlers.Length];
            _handling.Push(errorSlot);
            try
            {
                for (int i = handlers.Length - 1; i >= 0; i--)
                {
                    var handler = statement.Handlers[i];
                    var handlerBody = BuildStatements(handler.Body);
                    var name = handler.Name is null ? null : NameTarget(handler.Name);
                    var type = handler.Type is null ? null : BuildExpression(handler.Type);
                    handlers[i] = new Handler(type, name, handlerBody, handler.Span.Line);
                }
            }
            finally
            {
                _handling.Pop();
            }
        }
        var orElse = statement.OrElse.IsDefaultOrEmpty ? null : BuildStatements(statement.OrElse);
        var finalBody = statement.FinalBody.IsDefaultOrEmpty ? null : BuildStatements(statement.FinalBody);
        return new Try(body, handlers, orElse, finalBody, errorSlot);
    }

    private ExecStmt BuildRaise(RaiseStmt statement)
    {
        if (statement.Exc is null)
            return _handling.Count > 0 ? new Reraise(_handling.Peek()) : new RaiseNoActive();
        var exception = BuildExpression(statement.Exc);
        return new Raise(exception, statement.Cause is null ? null : BuildExpression(statement.Cause));
    }
}
