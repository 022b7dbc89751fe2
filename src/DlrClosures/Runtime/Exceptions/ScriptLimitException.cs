namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// An execution went past one of its limits (time, steps, memory, output) and was ended. This is a
/// host-level exception, not a Python one: no <c>except</c> clause of the script matches it (not
/// <c>except Exception</c>, not <c>except BaseException</c>, not a bare <c>except</c>), while
/// <c>finally</c> clauses still run on its way out. Cleanup gets up to 1,024 steps (function calls,
/// loop iterations) before the limit is thrown again, so a <c>finally</c> that loops is stopped too.
/// It carries no Python traceback.
/// A cancelled execution throws <see cref="ScriptCanceledException"/> instead, which .NET hosts
/// catch as an <see cref="OperationCanceledException"/>.
/// </summary>
public abstract class ScriptLimitException : Exception
{
    /// <summary>An exception with <paramref name="message"/>.</summary>
    protected ScriptLimitException(string message) : base(message) { }
}
