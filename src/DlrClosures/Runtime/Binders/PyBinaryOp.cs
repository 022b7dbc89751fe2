namespace DlrClosures.Runtime.Binders;

/// <summary>
/// The operations of <see cref="PyBinaryOperationBinder"/>: arithmetic, its in-place forms (what
/// augmented assignment calls: PyNumber_InPlace*), and comparisons. Each general rule calls the
/// <c>PyArithmetic</c> or <c>PyComparison</c> method of the same name. The in-place forms are listed
/// in the same order as the binary ones, so each maps to the other by offset.
/// </summary>
internal enum PyBinaryOp
{
    Add, Subtract, Multiply, TrueDivide, FloorDivide, Modulo, Power, LeftShift, RightShift,
    BitAnd, BitOr, BitXor, MatMultiply,
    InPlaceAdd, InPlaceSubtract, InPlaceMultiply, InPlaceTrueDivide, InPlaceFloorDivide, InPlaceModulo,
    InPlacePower, InPlaceLeftShift, InPlaceRightShift, InPlaceBitAnd, InPlaceBitOr, InPlaceBitXor,
    InPlaceMatMultiply,
    Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
}

/// <summary>Facts about <see cref="PyBinaryOp"/> that every fast path for numbers relies on.</summary>
internal static class PyBinaryOps
{
    /// <summary>
    /// The operation as it acts on two numbers: numbers are immutable, so an in-place operation
    /// (<c>x += 1</c> on an int) is its binary one; any other operation is itself.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyBinaryOp OnNumbers(PyBinaryOp operation) =>
        operation is >= PyBinaryOp.InPlaceAdd and <= PyBinaryOp.InPlaceMatMultiply
            ? operation - PyBinaryOp.InPlaceAdd + PyBinaryOp.Add
            : operation;
}
