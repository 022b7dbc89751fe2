using DlrClosures.Runtime.Binders;

namespace DlrClosures.Syntax;

/// <summary>
/// The runtime operation each syntax operator performs. Both back ends (the compiler and the
/// interpreter) ask here, so <c>a + b</c> means the same binder operation in either.
/// </summary>
internal static class OperatorMap
{
    /// <summary>The binary operation of <c>a op b</c>.</summary>
    public static PyBinaryOp Binary(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => PyBinaryOp.Add,
        BinaryOperator.Sub => PyBinaryOp.Subtract,
        BinaryOperator.Mult => PyBinaryOp.Multiply,
        BinaryOperator.MatMult => PyBinaryOp.MatMultiply,
        BinaryOperator.Div => PyBinaryOp.TrueDivide,
        BinaryOperator.Mod => PyBinaryOp.Modulo,
        BinaryOperator.Pow => PyBinaryOp.Power,
        BinaryOperator.LShift => PyBinaryOp.LeftShift,
        BinaryOperator.RShift => PyBinaryOp.RightShift,
        BinaryOperator.BitOr => PyBinaryOp.BitOr,
        BinaryOperator.BitXor => PyBinaryOp.BitXor,
        BinaryOperator.BitAnd => PyBinaryOp.BitAnd,
        BinaryOperator.FloorDiv => PyBinaryOp.FloorDivide,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>
    /// The in-place operation of <c>a op= b</c> (<c>__iadd__</c> and so on, falling back to the
    /// binary operation); <see cref="PyBinaryOp"/> lists the in-place operations in the binary order.
    /// </summary>
    public static PyBinaryOp InPlace(BinaryOperator op) => Binary(op) - PyBinaryOp.Add + PyBinaryOp.InPlaceAdd;

    /// <summary>
    /// The rich comparison of <c>a op b</c>; <c>is</c>, <c>is not</c>, <c>in</c> and <c>not in</c>
    /// are not rich comparisons and have no binder operation.
    /// </summary>
    public static PyBinaryOp Compare(CompareOperator op) => op switch
    {
        CompareOperator.Eq => PyBinaryOp.Equal,
        CompareOperator.NotEq => PyBinaryOp.NotEqual,
        CompareOperator.Lt => PyBinaryOp.Less,
        CompareOperator.LtE => PyBinaryOp.LessEqual,
        CompareOperator.Gt => PyBinaryOp.Greater,
        CompareOperator.GtE => PyBinaryOp.GreaterEqual,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not a rich comparison"),
    };
}
