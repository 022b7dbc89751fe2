namespace DlrClosures.Runtime;

/// <summary>
/// Per-thread state of the running script: where <c>print</c> writes. The hosting layer sets it
/// around every execution; outside one it falls back to the console.
/// </summary>
public static class PyContext
{
    [ThreadStatic] private static TextWriter? t_out;
    [ThreadStatic] private static TextWriter? t_err;

    /// <summary>Standard output of the running script.</summary>
    public static TextWriter Out { get => t_out ?? Console.Out; set => t_out = value; }

    /// <summary>Standard error of the running script.</summary>
    public static TextWriter Error { get => t_err ?? Console.Error; set => t_err = value; }
}
