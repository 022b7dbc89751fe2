namespace DlrClosures.Runtime.Interop;

/// <summary>
/// The words of every error the .NET boundary raises, in one place. Where CPython has a message for
/// the same situation its wording is kept (<c>can't convert negative int to unsigned</c>,
/// <c>int too large to convert to float</c>); .NET types are named as C# writes them.
/// </summary>
internal static class InteropMessages
{
    public static string CannotConvert(string pythonType, Type type) =>
        $"cannot convert '{pythonType}' object to {ClrTypeNames.Name(type)}";

    public static string IntTooLarge(Type type) => $"Python int too large to convert to {ClrTypeNames.Name(type)}";

    public const string NegativeToUnsigned = "can't convert negative int to unsigned";

    public const string IntTooLargeForFloat = "int too large to convert to float";

    public static string ArgumentType(string method, int position, Type expected, string actual) =>
        $"{method}() argument {position} must be {ClrTypeNames.Name(expected)}, not {actual}";

    public static string NoOverload(string method, IEnumerable<string> actual) =>
        $"no overload of {method}() accepts ({string.Join(", ", actual)})";

    public static string TakesArguments(string method, int expected, int given) =>
        $"{method}() takes {expected} argument{(expected == 1 ? "" : "s")} ({given} given)";

    public static string UnexpectedKeyword(string method, string name) =>
        $"{method}() got an unexpected keyword argument '{name}'";

    public static string MissingArgument(string method, string name) =>
        $"{method}() missing required argument '{name}'";

    public static string ReadOnly(string name, string type) => $"attribute '{name}' of '{type}' objects is not writable";

    public static string StaticClass(string type) => $"cannot create instances of static class {type}";

    public static string EventAssignment(string name) =>
        $"event '{name}' can only be changed with += and -=";

    public const string ClrIndexOutOfRange = "index out of range";

    /// <summary>A value of a guarded .NET type that a script of this runtime may not receive (<see cref="ClrAccess.CheckValue"/>).</summary>
    public static string NotGranted(Type type) =>
        $"scripts of this runtime may not receive .NET {ClrTypeNames.FullName(type)} objects (see ScriptPermissions.AllowClr)";
}
