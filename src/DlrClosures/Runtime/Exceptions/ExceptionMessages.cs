namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// CPython 3.11's words about exception objects, chaining and the context manager protocol
/// (Objects/exceptions.c, Python/ceval.c, Python/pythonrun.c), defined once.
/// </summary>
internal static class ExceptionMessages
{
    public const string ContextMustBeException = "exception context must be None or derive from BaseException";

    public const string CauseMustBeException = "exception cause must be None or derive from BaseException";

    /// <summary>do_raise, when the object after <c>from</c> is neither an exception, a class of one, nor None.</summary>
    public const string CausesMustDerive = "exception causes must derive from BaseException";

    public const string TracebackMustBeTraceback = "__traceback__ must be a traceback or None";

    public const string SuppressContextMustBeBool = "attribute value type must be bool";

    public static string MayNotBeDeleted(string name) => $"{name} may not be deleted";

    public const string CannotDeleteNumeric = "can't delete numeric/char attribute";

    public const string NotesNotAList = "Cannot add note: __notes__ is not a list";

    public static string NoteMustBeStr(string typeName) => $"note must be a str, not '{typeName}'";

    public static string AddNoteTakesOne(int given) => $"BaseException.add_note() takes exactly one argument ({given} given)";

    public static string WithTracebackTakesOne(int given) => $"BaseException.with_traceback() takes exactly one argument ({given} given)";

    // print_exception_recursive's two separators (Python/pythonrun.c).
    public const string CauseSeparator = "\nThe above exception was the direct cause of the following exception:\n\n";

    public const string ContextSeparator = "\nDuring handling of the above exception, another exception occurred:\n\n";

    // BEFORE_WITH (Python/ceval.c).
    public static string NotAContextManager(string typeName) => $"'{typeName}' object does not support the context manager protocol";

    public static string MissedExit(string typeName) => $"'{typeName}' object does not support the context manager protocol (missed __exit__ method)";
}
