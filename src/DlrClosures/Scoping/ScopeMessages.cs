namespace DlrClosures.Scoping;

/// <summary>
/// Compile-time error texts of scope analysis, word for word as CPython 3.11 writes them
/// (Python/symtable.c and the loop/function checks of Python/compile.c). Format with the name.
/// </summary>
internal static class ScopeMessages
{
    public const string GlobalParam = "name '{0}' is parameter and global";
    public const string NonlocalParam = "name '{0}' is parameter and nonlocal";
    public const string GlobalAfterAssign = "name '{0}' is assigned to before global declaration";
    public const string NonlocalAfterAssign = "name '{0}' is assigned to before nonlocal declaration";
    public const string GlobalAfterUse = "name '{0}' is used prior to global declaration";
    public const string NonlocalAfterUse = "name '{0}' is used prior to nonlocal declaration";
    public const string NonlocalAndGlobal = "name '{0}' is nonlocal and global";
    public const string NonlocalAtModuleLevel = "nonlocal declaration not allowed at module level";
    public const string NoBindingForNonlocal = "no binding for nonlocal '{0}' found";
    public const string DuplicateArgument = "duplicate argument '{0}' in function definition";
    public const string ImportStarNotAtModuleLevel = "import * only allowed at module level";
    public const string NamedExprRebindsIterationVariable = "assignment expression cannot rebind comprehension iteration variable '{0}'";
    public const string NamedExprInClassComprehension = "assignment expression within a comprehension cannot be used in a class body";
    public const string NamedExprInComprehensionIterable = "assignment expression cannot be used in a comprehension iterable expression";
    public const string YieldInsideComprehension = "'yield' inside {0}";

    public static string Format(string message, string name) => string.Format(message, name);
}
