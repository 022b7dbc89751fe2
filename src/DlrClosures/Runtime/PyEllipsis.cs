namespace DlrClosures.Runtime;

/// <summary>Python's <c>Ellipsis</c> (<c>...</c>): one instance, whose repr is <c>Ellipsis</c>.</summary>
internal sealed class PyEllipsis
{
    /// <summary>The only instance.</summary>
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis() { }

    /// <inheritdoc/>
    public override string ToString() => "Ellipsis";
}
