namespace DlrClosures.Binding;

/// <summary>
/// One method per bound condition kind: a back end that implements this interface cannot forget one.
/// </summary>
internal interface IBoundConditionVisitor<out T>
{
    T VisitConstant(BoundConstantCondition node);

    T VisitTruth(BoundTruth node);

    T VisitNot(BoundNotCondition node);

    T VisitLogical(BoundLogicalCondition node);

    T VisitCompare(BoundCompareCondition node);
}
