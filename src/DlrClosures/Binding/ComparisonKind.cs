namespace DlrClosures.Binding;

/// <summary>
/// What a comparison does: a rich comparison through the binder (its <c>PyBinaryOp</c> says which),
/// identity by reference, or containment (<c>PyComparison.Contains</c>, the item evaluated before the container).
/// </summary>
internal enum ComparisonKind
{
    Rich,
    Is,
    IsNot,
    In,
    NotIn,
}
