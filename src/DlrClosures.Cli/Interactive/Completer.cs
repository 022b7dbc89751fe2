using DlrClosures.Hosting;

namespace DlrClosures.Cli.Interactive;

/// <summary>
/// Tab completion at the prompt, as CPython's <c>rlcompleter</c> completes a bare name: the
/// keywords, the session's names, then the builtins. Attributes (<c>obj.na</c>) are not completed:
/// that needs <c>dir()</c>, which the runtime does not have yet.
/// </summary>
internal sealed class Completer(ScriptScope scope)
{
    // keyword.kwlist of CPython 3.11.
    private static readonly string[] s_keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    /// <summary>The names that start with <paramref name="prefix"/>; none for a dotted prefix.</summary>
    public IEnumerable<string> Complete(string prefix)
    {
        if (prefix.Contains('.')) return [];
        return s_keywords.Concat(scope.GetVariableNames()).Concat(PythonBuiltins.Names)
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && !(name.StartsWith("__") && !prefix.StartsWith("_")));
    }
}
