namespace DlrClosures.Syntax;

/// <summary>
/// SyntaxErrors that the back ends (the compiler and the interpreter) raise while they prepare a
/// module, defined once so that both say the same words at the same point. The first group names
/// constructs CPython accepts and DlrClosures does not support yet, so the user is told so instead
/// of seeing a wrong result; the second repeats CPython's own texts for targets the parser lets by.
/// </summary>
internal static class BackEndMessages
{
    public const string ClassKeywordsNotSupported = "class keyword arguments (metaclass=...) are not supported by DlrClosures yet";

    public const string ClassCellNotSupported = "super() and __class__ are not supported by DlrClosures yet";

    public const string StarredAssignmentTarget = "starred assignment target must be in a list or tuple";

    public const string MultipleStarredTargets = "multiple starred expressions in assignment";

    // Python/compile.c compiler_visit_expr1 (Starred outside a display or call).
    public const string StarredHere = "can't use starred expression here";

    public const string CannotDelete = "cannot delete expression";

    public const string CannotAssign = "cannot assign to expression";

    public const string IllegalAugmentedTarget = "'expression' is an illegal expression for augmented assignment";

    public static string UnsupportedExpression(Expr expression) => $"unsupported expression {expression.GetType().Name}";
}
