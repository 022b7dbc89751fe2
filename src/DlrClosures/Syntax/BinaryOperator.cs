namespace DlrClosures.Syntax;

/// <summary>Binary arithmetic and bitwise operators (CPython <c>ast.operator</c>).</summary>
internal enum BinaryOperator
{
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
}
