namespace DlrClosures.Syntax;

/// <summary>Short-circuit boolean operators (CPython <c>ast.boolop</c>).</summary>
public enum BoolOperator
{
    And, Or,
}
