namespace DlrClosures.Runtime.Operations;

/// <summary>Symbols and special-method names of the binary operators.</summary>
internal static class BinaryOpInfo
{
    /// <summary>The operator as error messages show it; ** reads "** or pow()" (Objects/abstract.c ternary_op).</summary>
    public static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.And => "&",
        BinaryOp.FloorDivide => "//",
        BinaryOp.LeftShift => "<<",
        BinaryOp.MatMultiply => "@",
        BinaryOp.Multiply => "*",
        BinaryOp.Remainder => "%",
        BinaryOp.Or => "|",
        BinaryOp.Power => "** or pow()",
        BinaryOp.RightShift => ">>",
        BinaryOp.Subtract => "-",
        BinaryOp.TrueDivide => "/",
        _ => "^",
    };

    /// <summary>The augmented operator as binary_iop1's error names it: <c>+=</c>, <c>**=</c> (not "** or pow()").</summary>
    public static string InPlaceSymbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+=",
        BinaryOp.And => "&=",
        BinaryOp.FloorDivide => "//=",
        BinaryOp.LeftShift => "<<=",
        BinaryOp.MatMultiply => "@=",
        BinaryOp.Multiply => "*=",
        BinaryOp.Remainder => "%=",
        BinaryOp.Or => "|=",
        BinaryOp.Power => "**=",
        BinaryOp.RightShift => ">>=",
        BinaryOp.Subtract => "-=",
        BinaryOp.TrueDivide => "/=",
        _ => "^=",
    };

    /// <summary>The special method, without underscores: "add" for __add__/__radd__/__iadd__.</summary>
    public static string MethodStem(BinaryOp op) => op switch
    {
        BinaryOp.Add => "add",
        BinaryOp.And => "and",
        BinaryOp.FloorDivide => "floordiv",
        BinaryOp.LeftShift => "lshift",
        BinaryOp.MatMultiply => "matmul",
        BinaryOp.Multiply => "mul",
        BinaryOp.Remainder => "mod",
        BinaryOp.Or => "or",
        BinaryOp.Power => "pow",
        BinaryOp.RightShift => "rshift",
        BinaryOp.Subtract => "sub",
        BinaryOp.TrueDivide => "truediv",
        _ => "xor",
    };
}
