using System.Numerics;
using DlrClosures.Runtime;

namespace DlrClosures.Syntax;

/// <summary>
/// Literal values as both back ends see them: the runtime object a literal stands for, and the
/// folding of a sign applied to a number, so that <c>-1</c> is as constant as <c>1</c>.
/// </summary>
internal static class ConstantFolding
{
    /// <summary>
    /// The value of a literal, folding a sign applied to a number as CPython's AST optimizer does
    /// (Python/ast_opt.c fold_unaryop).
    /// </summary>
    public static bool TryFold(Expr expression, out object value)
    {
        switch (expression)
        {
            case ConstantExpr constant:
                value = constant.Value;
                return true;
            case UnaryOpExpr { Op: UnaryOperator.USub or UnaryOperator.UAdd } unary
                when TryFold(unary.Operand, out var operand) && operand is long or double or BigInteger:
                value = unary.Op == UnaryOperator.UAdd ? operand : operand switch
                {
                    long l when l != long.MinValue => -l,
                    long l => -new BigInteger(l),
                    double d => -d,
                    _ => -(BigInteger)operand,
                };
                return true;
            default:
                value = PyNone.Instance;
                return false;
        }
    }

    /// <summary>
    /// The runtime object of a literal value: small ints and bools are the runtime's shared boxes
    /// (<see cref="PyInt.Box"/>, <see cref="PyBool.Box"/>), a big literal that fits a long is a long.
    /// </summary>
    public static object ToRuntime(object value) => value switch
    {
        long l => PyInt.Box(l),
        BigInteger big => PyInt.FromBigInteger(big),
        bool b => PyBool.Box(b),
        _ => value,
    };
}
