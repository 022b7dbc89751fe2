namespace DlrClosures.Runtime;

/// <summary>
/// The value of a variable or cell that has not been assigned (or was deleted). A sentinel, never
/// <c>null</c>: reading it raises UnboundLocalError or NameError at the point of use.
/// </summary>
internal sealed class PyUnbound
{
    /// <summary>The only instance.</summary>
    public static readonly PyUnbound Instance = new();

    private PyUnbound() { }

    /// <inheritdoc/>
    public override string ToString() => "<unbound>";
}
