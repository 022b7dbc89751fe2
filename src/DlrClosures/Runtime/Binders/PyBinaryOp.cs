namespace DlrClosures.Runtime.Binders;

/// <summary>
/// The operations of <see cref="PyBinaryOperationBinder"/>: arithmetic, its in-place forms (what
/// augmented assignment calls: PyNumber_InPlace*), and comparisons. Each general rule calls the
/// <c>PyArithmetic</c> or <c>PyComparison</c> method of the same name. The in-place forms are listed
/// in the same order as the binary ones, so each maps to the other by offset.
/// </summary>
public enum PyBinaryOp
{
    Add, Subtract, Multiply, TrueDivide, FloorDivide, Modulo, Power, LeftShift, RightShift,
    BitAnd, BitOr, BitXor, MatMultiply,
    InPlaceAdd, InPlaceSubtract, InPlaceMultiply, InPlaceTrueDivide, InPlaceFloorDivide, InPlaceModulo,
    InPlacePower, InPlaceLeftShift, InPlaceRightShift, InPlaceBitAnd, InPlaceBitOr, InPlaceBitXor,
    InPlaceMatMultiply,
    Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
}
