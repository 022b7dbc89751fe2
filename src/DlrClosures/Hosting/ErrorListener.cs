using DlrClosures.Text;

namespace DlrClosures.Hosting;

/// <summary>
/// Receives the errors <see cref="ScriptSource.Compile(ErrorListener)"/> finds, instead of an exception
/// (Microsoft.Scripting.Hosting's <c>ErrorListener</c>): an editor or a host that shows every problem
/// of a script at once derives from it.
/// </summary>
public abstract class ErrorListener
{
    /// <summary>The error codes given to <see cref="ErrorReported"/>: <c>SyntaxError</c> (IronPython's value).</summary>
    public const int SyntaxErrorCode = 0x10;

    /// <summary>An <c>IndentationError</c> (IronPython's value).</summary>
    public const int IndentationErrorCode = 0x20;

    /// <summary>A <c>TabError</c> (IronPython's value).</summary>
    public const int TabErrorCode = 0x30;

    /// <summary>Any other compile-time error (a <c>UnicodeEncodeError</c> of the source text, for one).</summary>
    public const int OtherErrorCode = 0;

    /// <summary>
    /// Called once per error, in source order: <paramref name="message"/> is the exception's message as
    /// CPython words it (<c>expected ':'</c>), <paramref name="span"/> the offending text (1-based line
    /// and column, as <c>SyntaxError.lineno</c> and <c>offset</c> give them), <paramref name="errorCode"/>
    /// one of the codes above, <paramref name="severity"/> <see cref="Severity.Error"/>.
    /// </summary>
    public abstract void ErrorReported(ScriptSource source, string message, SourceSpan span, int errorCode, Severity severity);
}
