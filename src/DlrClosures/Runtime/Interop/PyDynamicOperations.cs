using System.Linq.Expressions;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// What a foreign binder's rule on a script object runs (<see cref="PyMetaObject"/>): the Python
/// operation, in the runtime context of the object's module (its output, its recursion limit and
/// execution limits), with
/// .NET arguments converted in as the host's own values (<see cref="PyConversions.FromHost"/>) and the result handed out in its
/// host-facing form (None as null, an int as <c>int</c> when it fits; see <see cref="ClrConversion.ToObject"/>).
/// </summary>
internal static class PyDynamicOperations
{
    public static object? GetMember(object target, string name) => In(target, () => PyAttributes.GetAttr(target, name));

    public static object? SetMember(object target, string name, object? value) => In(target, () =>
    {
        var python = PyConversions.FromHost(value);
        PyAttributes.SetAttr(target, name, python);
        return python;
    });

    public static object? DeleteMember(object target, string name) => In(target, () =>
    {
        PyAttributes.DelAttr(target, name);
        return PyNone.Instance;
    });

    public static object? Invoke(object target, object?[] args, string[] names) =>
        In(target, () => PyCalls.Call(target, args.Select(PyConversions.FromHost).ToArray(), names));

    public static object? InvokeMember(object target, string name, object?[] args, string[] names) =>
        In(target, () => PyCalls.Call(PyAttributes.GetAttr(target, name), args.Select(PyConversions.FromHost).ToArray(), names));

    public static object? GetIndex(object target, object?[] indexes) =>
        In(target, () => PyIndexing.GetItem(target, Index(indexes)));

    public static object? SetIndex(object target, object?[] indexes, object? value) => In(target, () =>
    {
        var python = PyConversions.FromHost(value);
        PyIndexing.SetItem(target, Index(indexes), python);
        return python;
    });

    public static object? Convert(object target, Type type) => In(target, () => PyConversions.ToClr(target, type) ?? PyNone.Instance);

    public static object? Binary(ExpressionType operation, object target, object? other) => In(target, () =>
    {
        var right = PyConversions.FromHost(other);
        return operation switch
        {
            ExpressionType.Add => PyArithmetic.Add(target, right),
            ExpressionType.Subtract => PyArithmetic.Subtract(target, right),
            ExpressionType.Multiply => PyArithmetic.Multiply(target, right),
            ExpressionType.Divide => PyArithmetic.TrueDivide(target, right),
            ExpressionType.Power => PyArithmetic.Power(target, right),
            ExpressionType.Modulo => PyArithmetic.Modulo(target, right),
            ExpressionType.And => PyArithmetic.BitAnd(target, right),
            ExpressionType.Or => PyArithmetic.BitOr(target, right),
            ExpressionType.ExclusiveOr => PyArithmetic.BitXor(target, right),
            ExpressionType.LeftShift => PyArithmetic.LeftShift(target, right),
            ExpressionType.RightShift => PyArithmetic.RightShift(target, right),
            ExpressionType.Equal => PyComparison.Equal(target, right),
            ExpressionType.NotEqual => PyComparison.NotEqual(target, right),
            ExpressionType.LessThan => PyComparison.Less(target, right),
            ExpressionType.LessThanOrEqual => PyComparison.LessEqual(target, right),
            ExpressionType.GreaterThan => PyComparison.Greater(target, right),
            ExpressionType.GreaterThanOrEqual => PyComparison.GreaterEqual(target, right),
            _ => throw PyErrors.TypeError($"unsupported operation {operation} on '{PyTypes.TypeName(target)}'"),
        };
    });

    public static object? Unary(ExpressionType operation, object target) => In(target, () => operation switch
    {
        ExpressionType.IsTrue => PyBool.Box(PyComparison.IsTrue(target)),
        ExpressionType.IsFalse or ExpressionType.Not => PyBool.Box(!PyComparison.IsTrue(target)),
        ExpressionType.Negate => PyArithmetic.Negate(target),
        ExpressionType.UnaryPlus => PyArithmetic.Plus(target),
        ExpressionType.OnesComplement => PyArithmetic.Invert(target),
        _ => throw PyErrors.TypeError($"unsupported operation {operation} on '{PyTypes.TypeName(target)}'"),
    });

    /// <summary>The attribute names a debugger or <c>GetDynamicMemberNames</c> lists: an instance's and its class's, a class's own.</summary>
    public static IEnumerable<string> MemberNames(object target) => target switch
    {
        PyInstance instance => instance.Dict.Keys.OfType<string>()
            .Concat(instance.Type.Mro.SelectMany(t => t.Dict?.Keys.OfType<string>() ?? [])).Distinct().ToList(),
        PyType { Dict: { } dict } => dict.Keys.OfType<string>().ToList(),
        _ => [],
    };

    private static object Index(object?[] indexes) =>
        indexes.Length == 1 ? PyConversions.FromHost(indexes[0]) : new PyTuple(indexes.Select(PyConversions.FromHost).ToArray());

    // An entry from the host, as a delegate call is (PyDelegates): the runtime's execution limits are
    // in force, joining those of a running execution when the host was called back from a script.
    private static object? In(object target, Func<object> operation)
    {
        var entry = PyContext.EnterExecution(ContextOf(target));
        try
        {
            var result = operation();
            entry.Budget?.ThrowIfTripped();
            return ClrConversion.ToObject(result);
        }
        finally
        {
            PyContext.ExitExecution(entry);
        }
    }

    /// <summary>
    /// The runtime context an entry from the host runs in: the module of a function (or of a bound
    /// method's function, or of a method of an instance's class); other objects run in the context
    /// current on the calling thread.
    /// </summary>
    internal static PyRuntimeContext? ContextOf(object target) => target switch
    {
        PyFunction function => function.Globals.Context,
        PyMethod method => ContextOf(method.Function),
        PyInstance instance => ContextOf(instance.Type),
        PyType { Dict: { } dict } => dict.Values.OfType<PyFunction>().FirstOrDefault()?.Globals.Context,
        _ => null,
    };
}
