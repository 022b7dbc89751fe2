using System.Collections.Immutable;
using DlrClosures.Syntax;

namespace DlrClosures.Compilation;

/// <summary>
/// The names a function body can unbind: targets of <c>del</c>, and the names of <c>except ... as
/// name</c> clauses, which CPython deletes when the handler ends (compile.c, compiler_try_except).
/// A parameter outside this set is bound from entry to exit, so reading it needs no
/// UnboundLocalError check (nested scopes cannot unbind a plain local; a captured one is a cell,
/// which keeps its check).
/// </summary>
internal static class UnbindingNames
{
    /// <summary>The names <paramref name="body"/> itself may unbind (nested defs and classes excluded).</summary>
    public static HashSet<string> In(ImmutableArray<Stmt> body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(body, names);
        return names;
    }

    private static void Collect(ImmutableArray<Stmt> statements, HashSet<string> names)
    {
        if (statements.IsDefault) return;
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case DeleteStmt delete:
                    foreach (var target in delete.Targets) CollectTarget(target, names);
                    break;
                case IfStmt s:
                    Collect(s.Body, names);
                    Collect(s.OrElse, names);
                    break;
                case WhileStmt s:
                    Collect(s.Body, names);
                    Collect(s.OrElse, names);
                    break;
                case ForStmt s:
                    Collect(s.Body, names);
                    Collect(s.OrElse, names);
                    break;
                case TryStmt s:
                    Collect(s.Body, names);
                    foreach (var handler in s.Handlers)
                    {
                        if (handler.Name is { } name) names.Add(name);
                        Collect(handler.Body, names);
                    }
                    Collect(s.OrElse, names);
                    Collect(s.FinalBody, names);
                    break;
            }
        }
    }

    private static void CollectTarget(Expr target, HashSet<string> names)
    {
        switch (target)
        {
            case NameExpr name:
                names.Add(name.Id);
                break;
            case TupleExpr tuple:
                foreach (var element in tuple.Elts) CollectTarget(element, names);
                break;
            case ListExpr list:
                foreach (var element in list.Elts) CollectTarget(element, names);
                break;
        }
    }
}
