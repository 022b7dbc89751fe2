namespace DlrClosures.Binding;

/// <summary>
/// One method per bound target kind: a back end that implements this interface cannot forget one.
/// </summary>
internal interface IBoundTargetVisitor<out T>
{
    T VisitName(BoundNameTarget node);

    T VisitUnpack(BoundUnpackTarget node);

    T VisitItem(BoundItemTarget node);

    T VisitAttribute(BoundAttributeTarget node);
}
