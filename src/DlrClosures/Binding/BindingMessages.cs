using DlrClosures.Syntax;

namespace DlrClosures.Binding;

/// <summary>
/// The SyntaxErrors the <see cref="Binder"/> raises, defined once. The first group names constructs
/// CPython accepts and DlrClosures does not run yet, so the user is told so instead of seeing
/// "invalid syntax" or a wrong result; the second repeats CPython's own texts (Python/compile.c)
/// for targets the parser lets by.
/// </summary>
internal static class BindingMessages
{
    public const string ClassKeywordsNotSupported = "class keyword arguments (metaclass=...) are not supported by DlrClosures yet";

    public const string ClassCellNotSupported = "super() and __class__ are not supported by DlrClosures yet";

    /// <summary>A statement or expression the parser reads and the engines do not run yet.</summary>
    public static string NotSupported(SyntaxNode node) => $"'{FeatureName(node)}' is not supported by DlrClosures yet";

    // compiler_return, compiler_break, compiler_continue.
    public const string ReturnOutsideFunction = "'return' outside function";

    public const string BreakOutsideLoop = "'break' outside loop";

    public const string ContinueNotInLoop = "'continue' not properly in loop";

    public const string StarredAssignmentTarget = "starred assignment target must be in a list or tuple";

    public const string MultipleStarredTargets = "multiple starred expressions in assignment";

    // compiler_visit_expr1 (Starred outside a display or call).
    public const string StarredHere = "can't use starred expression here";

    public const string CannotDelete = "cannot delete expression";

    public const string CannotAssign = "cannot assign to expression";

    public const string IllegalAugmentedTarget = "'expression' is an illegal expression for augmented assignment";

    // The feature as a user names it: the node's kind without the syntax tree's suffix.
    private static string FeatureName(SyntaxNode node)
    {
        var name = node.GetType().Name;
        foreach (var suffix in new[] { "Stmt", "Expr" })
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }
}
