namespace DlrClosures.Binding;

/// <summary>
/// One method per bound statement kind: a back end that implements this interface cannot forget one.
/// </summary>
internal interface IBoundStatementVisitor<out T>
{
    T VisitBlock(BoundBlock node);

    T VisitExpressionStatement(BoundExpressionStatement node);

    T VisitPrintExpression(BoundPrintExpression node);

    T VisitAssign(BoundAssign node);

    T VisitParallelAssign(BoundParallelAssign node);

    T VisitIf(BoundIf node);

    T VisitWhile(BoundWhile node);

    T VisitFor(BoundFor node);

    T VisitBreak(BoundBreak node);

    T VisitContinue(BoundContinue node);

    T VisitReturn(BoundReturn node);

    T VisitTry(BoundTry node);

    T VisitRaise(BoundRaise node);

    T VisitDeleteName(BoundDeleteName node);

    T VisitDeleteItem(BoundDeleteItem node);

    T VisitDeleteAttribute(BoundDeleteAttribute node);

    T VisitAssert(BoundAssert node);

    T VisitEnterScope(BoundEnterScope node);

    T VisitCollect(BoundCollect node);

    T VisitYield(BoundYield node);

    T VisitYieldFrom(BoundYieldFrom node);
}
