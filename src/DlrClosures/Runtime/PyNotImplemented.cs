namespace DlrClosures.Runtime;

/// <summary>Python's <c>NotImplemented</c>: what a special method returns to let the other operand try.</summary>
internal sealed class PyNotImplemented
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented() { }

    /// <inheritdoc/>
    public override string ToString() => "NotImplemented";
}
