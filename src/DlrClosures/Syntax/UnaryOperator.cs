namespace DlrClosures.Syntax;

/// <summary>Unary operators (CPython <c>ast.unaryop</c>).</summary>
public enum UnaryOperator
{
    Invert, Not, UAdd, USub,
}
