namespace DlrClosures.Runtime.Operations;

/// <summary>The binary operators, in the order of CPython's NB_* codes (Include/opcode.h).</summary>
internal enum BinaryOp
{
    Add,
    And,
    FloorDivide,
    LeftShift,
    MatMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    RightShift,
    Subtract,
    TrueDivide,
    Xor,
}
