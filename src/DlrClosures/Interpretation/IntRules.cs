using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Interpretation;

/// <summary>
/// The (int, int) rules of <see cref="PyBinaryOperationBinder.IntRule"/> as values rather than
/// expression trees, taken by the operator nodes before their call site: the same
/// <see cref="PyArithmetic"/> helpers and the same comparisons, so the result is the site's, without
/// a delegate call and a second type test. CPython 3.11 specialises these operations the same way
/// (BINARY_OP_ADD_INT, COMPARE_OP_INT_JUMP). Which operations have a rule is the binder's answer.
/// </summary>
internal static class IntRules
{
    private static readonly bool[] s_covered = Enum.GetValues<PyBinaryOp>()
        .Select(op => PyBinaryOperationBinder.IntRule(op, Linq.Expression.Parameter(typeof(long)), Linq.Expression.Parameter(typeof(long))) is not null)
        .ToArray();

    /// <summary>True when <paramref name="operation"/> has an inline int rule in the binder.</summary>
    public static bool Covers(PyBinaryOp operation) => s_covered[(int)operation];

    /// <summary>The operation on two ints; only for operations <see cref="Covers"/> accepts.</summary>
    /// <remarks>
    /// Inlined into the (fully optimised) operator nodes, and with it the arithmetic helpers: called,
    /// it would run as unoptimised tier-0 code for the first part of every run.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Apply(PyBinaryOp operation, long a, long b) => PyBinaryOps.OnNumbers(operation) switch
    {
        PyBinaryOp.Add => PyArithmetic.AddInt(a, b),
        PyBinaryOp.Subtract => PyArithmetic.SubtractInt(a, b),
        PyBinaryOp.Multiply => PyArithmetic.MultiplyInt(a, b),
        PyBinaryOp.FloorDivide => PyArithmetic.FloorDivideInt(a, b),
        PyBinaryOp.Modulo => PyArithmetic.ModuloInt(a, b),
        PyBinaryOp.BitAnd => PyInt.Box(a & b),
        PyBinaryOp.BitOr => PyInt.Box(a | b),
        PyBinaryOp.BitXor => PyInt.Box(a ^ b),
        var comparison => PyBool.Box(Compare(comparison, a, b)),
    };

    /// <summary>A comparison of two ints.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Compare(PyBinaryOp comparison, long a, long b) => comparison switch
    {
        PyBinaryOp.Equal => a == b,
        PyBinaryOp.NotEqual => a != b,
        PyBinaryOp.Less => a < b,
        PyBinaryOp.LessEqual => a <= b,
        PyBinaryOp.Greater => a > b,
        _ => a >= b,
    };
}
