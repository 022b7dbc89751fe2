using System.Collections.Concurrent;
using System.Dynamic;
using System.Reflection;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>
/// Binds a binary operation or comparison for the operand types a call site sees. Each rule is
/// restricted to the exact types of both operands; (int, int) and (float, float) get inline code
/// (with overflow into big integers through <see cref="PyArithmetic"/>'s typed helpers), (str, str)
/// compares and concatenates inline, every other pair calls the general operation. Binders are canonical per (operation, result type), so sites
/// share the binder's rule cache.
/// </summary>
internal sealed class PyBinaryOperationBinder : DynamicMetaObjectBinder
{
    private static readonly ConcurrentDictionary<(PyBinaryOp, Type), PyBinaryOperationBinder> s_binders = new();
    private static readonly Linq.Expression s_true = Linq.Expression.Constant(PyBool.True, typeof(object));
    private static readonly Linq.Expression s_false = Linq.Expression.Constant(PyBool.False, typeof(object));

    private readonly Type _returnType;

    private PyBinaryOperationBinder(PyBinaryOp operation, Type returnType)
    {
        Operation = operation;
        _returnType = returnType;
    }

    /// <summary>The binder for <paramref name="operation"/> producing an <c>object</c>.</summary>
    public static PyBinaryOperationBinder Get(PyBinaryOp operation) => Get(operation, typeof(object));

    /// <summary>
    /// The binder for <paramref name="operation"/> producing <paramref name="returnType"/>:
    /// <c>bool</c> is allowed for comparisons used as conditions, so no bool is boxed.
    /// </summary>
    public static PyBinaryOperationBinder Get(PyBinaryOp operation, Type returnType) =>
        s_binders.GetOrAdd((operation, returnType), key => new PyBinaryOperationBinder(key.Item1, key.Item2));

    public PyBinaryOp Operation { get; }

    public override Type ReturnType => _returnType;

    public override DynamicMetaObject Bind(DynamicMetaObject target, DynamicMetaObject[] args)
    {
        var right = args[0];
        var restrictions = BinderHelpers.TypeRestriction(target).Merge(BinderHelpers.TypeRestriction(right));
        var body = BindInline(target, right) ?? BindGeneral(target, right);
        return new DynamicMetaObject(BinderHelpers.ConvertResult(body, _returnType), restrictions);
    }

    // For the inline int and float rules an in-place operation is its binary one: numbers are immutable.
    private PyBinaryOp InlineOperation => PyBinaryOps.OnNumbers(Operation);

    private Linq.Expression? BindInline(DynamicMetaObject left, DynamicMetaObject right)
    {
        if (left.LimitType == typeof(long) && right.LimitType == typeof(long))
        {
            return IntRule(Operation, Linq.Expression.Unbox(left.Expression, typeof(long)), Linq.Expression.Unbox(right.Expression, typeof(long)));
        }
        if (left.LimitType == typeof(double) && right.LimitType == typeof(double))
        {
            var a = Linq.Expression.Unbox(left.Expression, typeof(double));
            var b = Linq.Expression.Unbox(right.Expression, typeof(double));
            return InlineOperation switch
            {
                PyBinaryOp.Add => Linq.Expression.Convert(Linq.Expression.Add(a, b), typeof(object)),
                PyBinaryOp.Subtract => Linq.Expression.Convert(Linq.Expression.Subtract(a, b), typeof(object)),
                PyBinaryOp.Multiply => Linq.Expression.Convert(Linq.Expression.Multiply(a, b), typeof(object)),
                _ => Compare(a, b),
            };
        }
        if (left.LimitType == typeof(string) && right.LimitType == typeof(string))
        {
            var a = Linq.Expression.Convert(left.Expression, typeof(string));
            var b = Linq.Expression.Convert(right.Expression, typeof(string));
            return Operation switch
            {
                PyBinaryOp.Equal => Linq.Expression.Call(s_stringEquals, a, b),
                PyBinaryOp.NotEqual => Linq.Expression.Not(Linq.Expression.Call(s_stringEquals, a, b)),
                // A str is immutable: s += t makes a new one, as s + t does.
                PyBinaryOp.Add or PyBinaryOp.InPlaceAdd => Linq.Expression.Call(s_stringConcat, a, b),
                _ => null,
            };
        }
        return null;
    }

    /// <summary>The inline rule for <paramref name="operation"/> on two <c>long</c> expressions (<see cref="PyIntRules.Rule"/>).</summary>
    public static Linq.Expression? IntRule(PyBinaryOp operation, Linq.Expression a, Linq.Expression b) =>
        PyIntRules.Rule(operation, a, b);

    private static readonly MethodInfo s_stringConcat =
        typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;

    private static readonly MethodInfo s_stringEquals =
        typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!;

    // Comparisons of two values of one primitive type; null for arithmetic that has no inline form.
    private Linq.Expression? Compare(Linq.Expression a, Linq.Expression b) => Comparison(Operation, a, b);

    private static Linq.Expression? Comparison(PyBinaryOp operation, Linq.Expression a, Linq.Expression b) => operation switch
    {
        PyBinaryOp.Equal => Linq.Expression.Equal(a, b),
        PyBinaryOp.NotEqual => Linq.Expression.NotEqual(a, b),
        PyBinaryOp.Less => Linq.Expression.LessThan(a, b),
        PyBinaryOp.LessEqual => Linq.Expression.LessThanOrEqual(a, b),
        PyBinaryOp.Greater => Linq.Expression.GreaterThan(a, b),
        PyBinaryOp.GreaterEqual => Linq.Expression.GreaterThanOrEqual(a, b),
        _ => null,
    };

    private Linq.Expression BindGeneral(DynamicMetaObject left, DynamicMetaObject right)
    {
        string name = Operation switch
        {
            PyBinaryOp.Equal => nameof(PyComparison.Equal),
            PyBinaryOp.NotEqual => nameof(PyComparison.NotEqual),
            PyBinaryOp.Less => nameof(PyComparison.Less),
            PyBinaryOp.LessEqual => nameof(PyComparison.LessEqual),
            PyBinaryOp.Greater => nameof(PyComparison.Greater),
            PyBinaryOp.GreaterEqual => nameof(PyComparison.GreaterEqual),
            _ => Operation.ToString(),
        };
        var type = Operation >= PyBinaryOp.Equal ? typeof(PyComparison) : typeof(PyArithmetic);
        var method = type.GetMethod(name, [typeof(object), typeof(object)])
            ?? throw new InvalidOperationException($"no runtime operation {type.Name}.{name}");
        return Linq.Expression.Call(method, BinderHelpers.AsObject(left), BinderHelpers.AsObject(right));
    }

    internal static Linq.Expression BoxBool(Linq.Expression value) => Linq.Expression.Condition(value, s_true, s_false);
}
