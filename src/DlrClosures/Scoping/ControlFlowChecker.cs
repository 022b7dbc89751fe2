using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Scoping;

/// <summary>
/// Rejects <c>return</c> outside a function and <c>break</c>/<c>continue</c> outside a loop, as
/// CPython 3.11's code generator does (<c>compiler_return</c>, <c>compiler_break</c>,
/// <c>compiler_continue</c> in Python/compile.c).
/// </summary>
/// <remarks>
/// Input: a module whose scopes already resolved (CPython reports symtable errors first).
/// Output: nothing; throws SyntaxError spanning the first offending statement in compile order.
/// Steps:
/// 1. Walk statements in compile order (a try's else before its handlers), tracking whether
///    the current code object is a function and how many loops enclose the statement.
/// 2. A def or class starts a new code object: it is (or is not) a function, with no loop.
/// 3. A loop's body is in the loop; its else clause is not.
/// Invariant: expressions hold no statements, so they are not visited.
/// </remarks>
internal sealed class ControlFlowChecker
{
    private readonly SourceText _source;

    private ControlFlowChecker(SourceText source) => _source = source;

    /// <summary>Throws SyntaxError at the first misplaced return, break or continue in <paramref name="module"/>.</summary>
    public static void Check(ModuleNode module) =>
        new ControlFlowChecker(module.Source).Statements(module.Body, inFunction: false, inLoop: false);

    private void Statements(IEnumerable<Stmt> statements, bool inFunction, bool inLoop)
    {
        foreach (var statement in statements) Statement(statement, inFunction, inLoop);
    }

    private void Statement(Stmt statement, bool inFunction, bool inLoop)
    {
        switch (statement)
        {
            case ReturnStmt when !inFunction: throw Error(ScopeMessages.ReturnOutsideFunction, statement);
            case BreakStmt when !inLoop: throw Error(ScopeMessages.BreakOutsideLoop, statement);
            case ContinueStmt when !inLoop: throw Error(ScopeMessages.ContinueNotInLoop, statement);
            case FunctionDefStmt def: Statements(def.Body, inFunction: true, inLoop: false); break;
            case ClassDefStmt cls: Statements(cls.Body, inFunction: false, inLoop: false); break;
            case ForStmt loop:
                Statements(loop.Body, inFunction, inLoop: true);
                Statements(loop.OrElse, inFunction, inLoop);
                break;
            case WhileStmt loop:
                Statements(loop.Body, inFunction, inLoop: true);
                Statements(loop.OrElse, inFunction, inLoop);
                break;
            case IfStmt branch:
                Statements(branch.Body, inFunction, inLoop);
                Statements(branch.OrElse, inFunction, inLoop);
                break;
            case TryStmt attempt:
                Statements(attempt.Body, inFunction, inLoop);
                Statements(attempt.OrElse, inFunction, inLoop);
                foreach (var handler in attempt.Handlers) Statements(handler.Body, inFunction, inLoop);
                Statements(attempt.FinalBody, inFunction, inLoop);
                break;
        }
    }

    private PyException Error(string message, Stmt statement) => PyErrors.SyntaxError(message, _source, statement.Span);
}
