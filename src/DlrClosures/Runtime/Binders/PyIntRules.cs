using System.Reflection;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>
/// The small-int rules: what an operation does to two ints that fit in a long, defined once for the
/// binder's (int, int) rule, the compiled engine's inline path and the interpreter's. CPython 3.11
/// specialises the same operations (BINARY_OP_ADD_INT, COMPARE_OP_INT_JUMP).
/// </summary>
/// <remarks>
/// One table, <see cref="KindOf"/>, says which operations have a rule and of which kind; the
/// expression form (<see cref="Rule"/>) and the function form (<see cref="Apply"/>, <see cref="Compare"/>)
/// both follow it and call the same <see cref="PyArithmetic"/> helpers, and one test table runs
/// every operation through the binder, the compiled path and the interpreter. True division and
/// power have none: their corner cases are the runtime's.
/// </remarks>
internal static class PyIntRules
{
    /// <summary>What the rule of an operation is.</summary>
    public enum RuleKind
    {
        /// <summary>No inline rule: the runtime's general operation.</summary>
        None,

        /// <summary>Overflow-checked arithmetic through <see cref="PyArithmetic"/>'s (long, long) helpers, an object.</summary>
        Arithmetic,

        /// <summary>A bitwise operation on the two longs, boxed.</summary>
        Bitwise,

        /// <summary>A comparison of the two longs, a bool.</summary>
        Comparison,
    }

    /// <summary>The kind of rule <paramref name="operation"/> has (an in-place operation has its binary one's).</summary>
    public static RuleKind KindOf(PyBinaryOp operation) => PyBinaryOps.OnNumbers(operation) switch
    {
        PyBinaryOp.Add or PyBinaryOp.Subtract or PyBinaryOp.Multiply or PyBinaryOp.FloorDivide or PyBinaryOp.Modulo
            or PyBinaryOp.LeftShift or PyBinaryOp.RightShift => RuleKind.Arithmetic,
        PyBinaryOp.BitAnd or PyBinaryOp.BitOr or PyBinaryOp.BitXor => RuleKind.Bitwise,
        >= PyBinaryOp.Equal and <= PyBinaryOp.GreaterEqual => RuleKind.Comparison,
        _ => RuleKind.None,
    };

    /// <summary>True when <paramref name="operation"/> has an inline rule.</summary>
    public static bool Has(PyBinaryOp operation) => KindOf(operation) != RuleKind.None;

    /// <summary>
    /// The rule as an expression over two <c>long</c> expressions: an <c>object</c> for arithmetic and
    /// bitwise operations, a <c>bool</c> for comparisons; null when the operation has none.
    /// </summary>
    public static Linq.Expression? Rule(PyBinaryOp operation, Linq.Expression a, Linq.Expression b)
    {
        var op = PyBinaryOps.OnNumbers(operation);
        return KindOf(op) switch
        {
            RuleKind.Arithmetic => Linq.Expression.Call(ArithmeticMethod(op), a, b),
            RuleKind.Bitwise => Linq.Expression.Call(typeof(PyInt), nameof(PyInt.Box), null, op switch
            {
                PyBinaryOp.BitAnd => Linq.Expression.And(a, b),
                PyBinaryOp.BitOr => Linq.Expression.Or(a, b),
                _ => Linq.Expression.ExclusiveOr(a, b),
            }),
            RuleKind.Comparison => op switch
            {
                PyBinaryOp.Equal => Linq.Expression.Equal(a, b),
                PyBinaryOp.NotEqual => Linq.Expression.NotEqual(a, b),
                PyBinaryOp.Less => Linq.Expression.LessThan(a, b),
                PyBinaryOp.LessEqual => Linq.Expression.LessThanOrEqual(a, b),
                PyBinaryOp.Greater => Linq.Expression.GreaterThan(a, b),
                _ => Linq.Expression.GreaterThanOrEqual(a, b),
            },
            _ => null,
        };
    }

    /// <summary>The rule applied to two ints; only for operations that <see cref="Has"/> a rule. A comparison's result is a boxed bool.</summary>
    /// <remarks>Inlined into the interpreter's operator nodes, and with it the arithmetic helpers.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Apply(PyBinaryOp operation, long a, long b) => PyBinaryOps.OnNumbers(operation) switch
    {
        PyBinaryOp.Add => PyArithmetic.AddInt(a, b),
        PyBinaryOp.Subtract => PyArithmetic.SubtractInt(a, b),
        PyBinaryOp.Multiply => PyArithmetic.MultiplyInt(a, b),
        PyBinaryOp.FloorDivide => PyArithmetic.FloorDivideInt(a, b),
        PyBinaryOp.Modulo => PyArithmetic.ModuloInt(a, b),
        PyBinaryOp.LeftShift => PyArithmetic.LeftShiftInt(a, b),
        PyBinaryOp.RightShift => PyArithmetic.RightShiftInt(a, b),
        PyBinaryOp.BitAnd => PyInt.Box(a & b),
        PyBinaryOp.BitOr => PyInt.Box(a | b),
        PyBinaryOp.BitXor => PyInt.Box(a ^ b),
        var comparison => PyBool.Box(Compare(comparison, a, b)),
    };

    /// <summary>A comparison rule applied to two ints.</summary>
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

    private static MethodInfo ArithmeticMethod(PyBinaryOp op)
    {
        string name = op switch
        {
            PyBinaryOp.Add => nameof(PyArithmetic.AddInt),
            PyBinaryOp.Subtract => nameof(PyArithmetic.SubtractInt),
            PyBinaryOp.Multiply => nameof(PyArithmetic.MultiplyInt),
            PyBinaryOp.FloorDivide => nameof(PyArithmetic.FloorDivideInt),
            PyBinaryOp.LeftShift => nameof(PyArithmetic.LeftShiftInt),
            PyBinaryOp.RightShift => nameof(PyArithmetic.RightShiftInt),
            _ => nameof(PyArithmetic.ModuloInt),
        };
        return typeof(PyArithmetic).GetMethod(name, [typeof(long), typeof(long)])
            ?? throw new InvalidOperationException($"no typed int operation {name}");
    }
}
