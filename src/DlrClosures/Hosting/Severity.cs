namespace DlrClosures.Hosting;

/// <summary>How bad a reported problem is (Microsoft.Scripting's <c>Severity</c>).</summary>
public enum Severity
{
    /// <summary>Nothing to report.</summary>
    Ignore,

    /// <summary>The source compiles; something deserves a look.</summary>
    Warning,

    /// <summary>The source does not compile: every syntax and compile-time error is reported with this severity.</summary>
    Error,

    /// <summary>Compilation could not go on at all.</summary>
    FatalError,
}
