namespace DlrClosures.Runtime.Binders;

/// <summary>The operations of <see cref="PyBinaryOperationBinder"/>: arithmetic, in-place forms and comparisons.</summary>
public enum PyBinaryOp
{
    Add, Subtract, Multiply, TrueDivide, FloorDivide, Modulo, Power, LeftShift, RightShift,
    BitAnd, BitOr, BitXor, MatMultiply, InPlaceAdd, InPlaceMultiply,
    Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
}
