using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Hosting;

/// <summary>What a host needs to know about an exception a script raised, without naming runtime types.</summary>
public static class PythonExceptions
{
    /// <summary>
    /// The Python type of <paramref name="exception"/> as a script would see it:
    /// <c>"KeyboardInterrupt"</c>, <c>"ZeroDivisionError"</c>, ... (a .NET exception is named by the
    /// Python exception it converts to, as <see cref="ScriptEngine.FormatException"/> reports it).
    /// </summary>
    public static string TypeName(Exception exception) => PyExceptionConverter.ToPython(exception).PythonType;

    /// <summary>
    /// The exit status CPython's interpreter gives for <paramref name="systemExit"/>, a <c>SystemExit</c>
    /// (see <see cref="ScriptSource.ExecuteProgram()"/>): a code that is neither an int nor None is
    /// written to the error output of <paramref name="engine"/>'s runtime first.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="systemExit"/> is not a SystemExit.</exception>
    public static int ExitStatus(ScriptEngine engine, Exception systemExit) =>
        PyExceptionConverter.ToPython(systemExit) is { Type.Name: "SystemExit" } exit
            ? engine.ExitStatus(exit)
            : throw new ArgumentException("not a SystemExit", nameof(systemExit));
}
