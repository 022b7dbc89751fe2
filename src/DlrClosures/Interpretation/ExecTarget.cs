namespace DlrClosures.Interpretation;

/// <summary>
/// Somewhere a value can be stored: a name (by its storage), an attribute, a subscript, or a
/// tuple or list of targets to unpack into.
/// </summary>
internal abstract class ExecTarget
{
    /// <summary>Stores <paramref name="value"/>; the target's own subexpressions are evaluated now.</summary>
    public abstract void Assign(Frame frame, object value);
}
