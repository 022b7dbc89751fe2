namespace DlrClosures.Runtime;

/// <summary>
/// The runtime context current on this thread: the hosting layer enters a module's context around
/// every execution and every delegate call into script code. Outside one, output goes to the
/// console and the recursion limit is CPython's default.
/// </summary>
public static class PyContext
{
    [ThreadStatic] private static PyRuntimeContext? t_current;

    /// <summary>The current context, or null outside any.</summary>
    public static PyRuntimeContext? Current => t_current;

    /// <summary>Standard output of the running script.</summary>
    public static TextWriter Out => t_current?.Out ?? Console.Out;

    /// <summary>Standard error of the running script.</summary>
    public static TextWriter Error => t_current?.Error ?? Console.Error;

    /// <summary>
    /// Makes <paramref name="context"/> current (a null context leaves the current one in place) and
    /// returns the previous one, to hand to <see cref="Exit"/>.
    /// </summary>
    public static PyRuntimeContext? Enter(PyRuntimeContext? context)
    {
        var previous = t_current;
        if (context is not null)
        {
            t_current = context;
            Functions.PyFrames.SetLimit(context.RecursionLimit);
        }
        return previous;
    }

    /// <summary>Restores the context <see cref="Enter"/> returned.</summary>
    public static void Exit(PyRuntimeContext? previous)
    {
        t_current = previous;
        Functions.PyFrames.SetLimit(previous?.RecursionLimit ?? Functions.PyFrames.DefaultRecursionLimit);
    }
}
