namespace DlrClosures.Runtime.Functions;

/// <summary>
/// CPython 3.11's words for name resolution and argument binding errors
/// (Python/ceval.c format_missing, too_many_positional, positional_only_passed_as_keyword).
/// </summary>
internal static class FunctionMessages
{
    public static string NameNotDefined(string name) => $"name '{name}' is not defined";

    public static string UnboundLocal(string name) =>
        $"cannot access local variable '{name}' where it is not associated with a value";

    public static string UnboundFree(string name) =>
        $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope";

    public const string RecursionLimit = "maximum recursion depth exceeded";

    public static string Missing(string function, string kind, IReadOnlyList<string> names)
    {
        string plural = names.Count == 1 ? "argument" : "arguments";
        return $"{function}() missing {names.Count} required {kind} {plural}: {JoinNames(names)}";
    }

    // CPython's too_many_positional: "from a to b" only when the function has defaults.
    public static string TooManyPositional(string function, int argCount, int defaultCount, int given, int kwOnlyGiven)
    {
        string takes = defaultCount > 0
            ? $"from {argCount - defaultCount} to {argCount} positional arguments"
            : $"{argCount} positional argument{(argCount == 1 ? "" : "s")}";
        string givenText = kwOnlyGiven > 0
            ? $"{given} positional argument{(given == 1 ? "" : "s")} (and {kwOnlyGiven} keyword-only argument{(kwOnlyGiven == 1 ? "" : "s")}) were given"
            : $"{given} {(given == 1 ? "was" : "were")} given";
        return $"{function}() takes {takes} but {givenText}";
    }

    public static string UnexpectedKeyword(string function, string keyword) =>
        $"{function}() got an unexpected keyword argument '{keyword}'";

    public static string MultipleValues(string function, string name) =>
        $"{function}() got multiple values for argument '{name}'";

    public const string KeywordsMustBeStrings = "keywords must be strings";

    // In these three, `function` is already CPython's function string: "__main__.f()", "print()".
    public static string ArgumentAfterStar(string function, string typeName) =>
        $"{function} argument after * must be an iterable, not {typeName}";

    public static string ArgumentAfterStarStar(string function, string typeName) =>
        $"{function} argument after ** must be a mapping, not {typeName}";

    public static string DuplicateKeyword(string function, string name) =>
        $"{function} got multiple values for keyword argument '{name}'";

    // CPython: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        1 => $"'{names[0]}'",
        2 => $"'{names[0]}' and '{names[1]}'",
        _ => string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + $", and '{names[^1]}'",
    };
}
