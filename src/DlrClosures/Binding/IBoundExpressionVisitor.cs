namespace DlrClosures.Binding;

/// <summary>
/// One method per bound expression kind: a back end that implements this interface cannot forget one.
/// </summary>
internal interface IBoundExpressionVisitor<out T>
{
    T VisitConstant(BoundConstant node);

    T VisitLoadName(BoundLoadName node);

    T VisitLoadClassName(BoundLoadClassName node);

    T VisitLoadClassFree(BoundLoadClassFree node);

    T VisitBinary(BoundBinary node);

    T VisitIntChain(BoundIntChain node);

    T VisitUnary(BoundUnary node);

    T VisitNot(BoundNot node);

    T VisitCompare(BoundCompare node);

    T VisitConditional(BoundConditional node);

    T VisitSequence(BoundSequence node);

    T VisitCall(BoundCall node);

    T VisitSpreadCall(BoundSpreadCall node);

    T VisitGetAttribute(BoundGetAttribute node);

    T VisitGetItem(BoundGetItem node);

    T VisitSlice(BoundSlice node);

    T VisitMakeFunction(BoundMakeFunction node);

    T VisitMakeClass(BoundMakeClass node);

    T VisitSequenceDisplay(BoundSequenceDisplay node);

    T VisitConstantSet(BoundConstantSet node);

    T VisitDictDisplay(BoundDictDisplay node);

    T VisitJoinedStr(BoundJoinedStr node);

    T VisitFormattedValue(BoundFormattedValue node);

    T VisitGetIterator(BoundGetIterator node);

    T VisitFrameGlobals(BoundFrameGlobals node);
}
