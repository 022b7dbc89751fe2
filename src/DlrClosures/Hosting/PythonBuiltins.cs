using DlrClosures.Runtime.Builtins;

namespace DlrClosures.Hosting;

/// <summary>The builtins module as a host sees it, e.g. to complete names at a prompt.</summary>
public static class PythonBuiltins
{
    /// <summary>Every name the builtins module defines (<c>print</c>, <c>len</c>, <c>ValueError</c>, ...), in no particular order.</summary>
    public static IEnumerable<string> Names => PyBuiltins.Names;
}
