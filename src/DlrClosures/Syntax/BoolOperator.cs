namespace DlrClosures.Syntax;

/// <summary>Short-circuit boolean operators (CPython <c>ast.boolop</c>).</summary>
internal enum BoolOperator
{
    And, Or,
}
