namespace DlrClosures.Syntax;

/// <summary>Comparison operators (CPython <c>ast.cmpop</c>).</summary>
internal enum CompareOperator
{
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn,
}
