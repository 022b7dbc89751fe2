namespace DlrClosures.Runtime;

/// <summary>Python's <c>None</c>: one instance, never <c>null</c>, so every value has a type.</summary>
public sealed class PyNone
{
    /// <summary>The only instance.</summary>
    public static readonly PyNone Instance = new();

    private PyNone() { }

    /// <inheritdoc/>
    public override string ToString() => "None";
}
