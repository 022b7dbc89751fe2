using System.Collections.Immutable;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Binding;

// `with` is sugar: it is lowered here, once, into bound try/except/finally statements over hidden
// temporaries, so both engines (and anything that rewrites bound statements, such as a generator's
// state machine) run it as the statements they already know.
internal sealed partial class Binder
{
    /// <summary>
    /// <c>with a as x, b as y: body</c> is <c>with a as x: with b as y: body</c> (compiler_with), and
    /// each item is PEP 343's expansion with 3.11's order (BEFORE_WITH):
    /// <code>
    /// mgr = a                              # the item's line
    /// exit = PyWith.Exit(mgr)              # the with line: __enter__ and __exit__ looked up on the type
    /// mgr = PyWith.Enter(mgr)              # __enter__(), outside the try: exit is not called if it fails
    /// ok = True
    /// try:
    ///     try:
    ///         x = mgr                      # the store is inside, as SETUP_WITH's block
    ///         body
    ///     except BaseException as e:       # records the with line: a failing __exit__ shows it
    ///         ok = False
    ///         if not PyWith.ExitWithException(exit, e):   # exit(type(e), e, e.__traceback__)
    ///             raise                    # the same exception, its traceback going on
    /// finally:
    ///     if ok:                           # fell through, or return, break, continue
    ///         exit(None, None, None)       # at the with line
    /// </code>
    /// The except clause makes the exception the one being handled while <c>__exit__</c> runs, so
    /// an exception <c>__exit__</c> raises has it as its <c>__context__</c>, as in CPython.
    /// </summary>
    private BoundStmt BindWith(WithStmt statement) => BindWithItem(statement, 0);

    private BoundStmt BindWithItem(WithStmt statement, int index)
    {
        var item = statement.Items[index];
        var span = item.Span;
        int withLine = statement.Span.Line;
        var (managerTarget, manager) = Temp(span);
        var (exitTarget, exit) = Temp(span);
        var (okTarget, ok) = Temp(span);
        var error = new NameStorage(StorageKind.Local, Frame.NewTemp(), ".t");

        var setup = new List<BoundStmt>
        {
            new BoundAssign(BindExpression(item.ContextExpr), [managerTarget], span),
            new BoundAssign(Call(PyWith.Exit, span, manager), [exitTarget], span),
            new BoundAssign(Call(PyWith.Enter, span, manager), [managerTarget], span),
            new BoundAssign(new BoundConstant(PyBool.True, span), [okTarget], span),
        };

        BoundBlock guarded;
        BoundHandler handler;
        _code.FinallyDepth++;
        try
        {
            var inside = new List<BoundStmt>();
            var lines = new List<int>();
            if (item.OptionalVars is { } target)
            {
                inside.Add(new BoundAssign(manager, [BindTarget(target)], target.Span));
                lines.Add(0);
            }
            if (index + 1 < statement.Items.Length)
            {
                inside.Add(BindWithItem(statement, index + 1));
                lines.Add(statement.Items[index + 1].Span.Line);
            }
            else
            {
                inside.Add(BindStatements(statement.Body));
                lines.Add(0);
            }
            guarded = new BoundBlock([.. inside], [.. lines], statement.Span);

            var reraise = new BoundIf(
                new BoundNotCondition(new BoundTruth(Call(PyWith.ExitWithException, span, exit, new BoundLoadName(error, Checked: false, span)), span), span),
                new BoundRaise(null, null, InHandler: true, span),
                BoundBlock.Empty,
                span);
            var handlerBody = Unlined([new BoundAssign(new BoundConstant(PyBool.False, span), [okTarget], span), reraise], item);
            handler = new BoundHandler(null, error, handlerBody, withLine, span);
        }
        finally
        {
            _code.FinallyDepth--;
        }

        var none = new BoundConstant(PyNone.Instance, span);
        var normalExit = new BoundIf(
            new BoundTruth(ok, span),
            new BoundExpressionStatement(new BoundCall(exit, [none, none, none], [], Positional: true, span), span),
            BoundBlock.Empty,
            span);
        var inner = new BoundTry(guarded, [handler], BoundBlock.Empty, null, span);
        var outer = new BoundTry(inner, [], BoundBlock.Empty, new BoundBlock([normalExit], [withLine], span), span);
        setup.Add(outer);
        // The expression records its own line; BEFORE_WITH (the lookups and __enter__) is at the with's line.
        return new BoundBlock([.. setup], [item.ContextExpr.Span.Line, withLine, 0, 0, 0], statement.Span);
    }

    private static BoundCall Call(Runtime.Builtins.PyBuiltinFunction function, SourceSpan span, params BoundExpr[] arguments) =>
        new(new BoundConstant(function, span), [.. arguments], [], Positional: true, span);
}
