namespace DlrClosures.Syntax;

/// <summary>Unary operators (CPython <c>ast.unaryop</c>).</summary>
internal enum UnaryOperator
{
    Invert, Not, UAdd, USub,
}
