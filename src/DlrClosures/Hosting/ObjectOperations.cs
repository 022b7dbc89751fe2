using System.Linq.Expressions;
using System.Runtime.Remoting;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Interop;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Hosting;

/// <summary>
/// Python's operations on any value a host holds (Microsoft.Scripting.Hosting's <c>ObjectOperations</c>):
/// a script's function, class, instance, list or int, or a .NET object. Each operation is what a script
/// would do (<c>obj.name</c>, <c>obj(...)</c>, <c>repr(obj)</c>, <c>a + b</c>), by the same runtime
/// operations and with the same results C# <c>dynamic</c> gets: arguments are converted in as
/// <see cref="ScriptScope.SetVariable(string, object)"/> converts them, results come out as
/// <see cref="ScriptScope.GetVariable(string)"/> gives them (None as null, an int as <c>int</c> when it
/// fits), and script code runs in the runtime context of its module (output, recursion limit), other
/// code in that of the engine's runtime; the runtime's execution limits (<see cref="ScriptRuntimeSetup.TimeLimit"/>,
/// <see cref="ScriptRuntimeSetup.MaxStatements"/>, ...) are in force for each operation, as for a delegate call. A Python error is a <see cref="PyException"/> with CPython's
/// message (the DLR throws <see cref="MissingMemberException"/> for a missing member; see docs/hosting.md).
/// </summary>
/// <remarks>An instance keeps no state of its own: one may be shared by any number of threads.</remarks>
public sealed class ObjectOperations
{
    internal ObjectOperations(ScriptEngine engine) => Engine = engine;

    /// <summary>The engine whose runtime these operations run in.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>Whether <c>obj(...)</c> can be called: a function, method, class, builtin, an instance with <c>__call__</c>, a delegate or a .NET type.</summary>
    public bool IsCallable(object? obj) => PyConversions.FromHost(obj) is var value && (ClrConversion.IsCallable(value) || value is Delegate);

    /// <summary><c>obj(*parameters)</c>.</summary>
    /// <exception cref="PyException">TypeError when <paramref name="obj"/> is not callable; whatever the call raises.</exception>
    public object? Invoke(object? obj, params object?[] parameters) =>
        In(() => PyDynamicOperations.Invoke(Py(obj), parameters, []));

    /// <summary><c>obj(*parameters, **named)</c>: <paramref name="names"/> name the last arguments, as a C# call with named arguments does.</summary>
    public object? Invoke(object? obj, object?[] parameters, string[] names) =>
        In(() => PyDynamicOperations.Invoke(Py(obj), parameters, names));

    /// <summary><c>obj.memberName(*parameters)</c>.</summary>
    /// <exception cref="PyException">AttributeError when there is no such member; whatever the call raises.</exception>
    public object? InvokeMember(object? obj, string memberName, params object?[] parameters) =>
        In(() => PyDynamicOperations.InvokeMember(Py(obj), memberName, parameters, []));

    /// <summary><c>cls(*parameters)</c>: a new instance of a script class or a .NET type (calling a class constructs, in Python).</summary>
    public object? CreateInstance(object? obj, params object?[] parameters) => Invoke(obj, parameters);

    /// <summary><c>obj.name</c>.</summary>
    /// <exception cref="PyException">AttributeError with CPython's message when there is no such member.</exception>
    public object? GetMember(object? obj, string name) => In(() => PyDynamicOperations.GetMember(Py(obj), name));

    /// <summary><c>obj.name</c> converted to <typeparamref name="T"/> (as <see cref="ConvertTo{T}"/> converts).</summary>
    public T GetMember<T>(object? obj, string name) => ConvertTo<T>(GetMember(obj, name));

    /// <summary><c>obj.name</c> if the member exists (CPython's <c>getattr(obj, name, default)</c>); other errors propagate.</summary>
    public bool TryGetMember(object? obj, string name, out object? value)
    {
        var python = Py(obj);
        object? found = null;
        bool exists = In(() =>
        {
            try
            {
                if (!PyAttributes.TryGetAttr(python, name, out var raw)) raw = PyAttributes.GetAttr(python, name);
                found = ClrConversion.ToObject(raw);
                return true;
            }
            catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.AttributeError))
            {
                return false;
            }
        });
        value = found;
        return exists;
    }

    /// <summary>Whether <c>obj.name</c> exists (CPython's <c>hasattr</c>).</summary>
    public bool ContainsMember(object? obj, string name) => TryGetMember(obj, name, out _);

    /// <summary><c>obj.name = value</c>.</summary>
    /// <exception cref="PyException">AttributeError when the member cannot be set; TypeError when a .NET member's type refuses the value.</exception>
    public void SetMember(object? obj, string name, object? value) =>
        In(() => PyDynamicOperations.SetMember(Py(obj), name, value));

    /// <summary><c>obj.name = value</c>, typed.</summary>
    public void SetMember<T>(object? obj, string name, T value) => SetMember(obj, name, (object?)value);

    /// <summary><c>del obj.name</c>; false when there was no such member to delete.</summary>
    public bool RemoveMember(object? obj, string name)
    {
        var python = Py(obj);
        return In(() =>
        {
            try
            {
                PyDynamicOperations.DeleteMember(python, name);
                return true;
            }
            catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.AttributeError))
            {
                return false;
            }
        });
    }

    /// <summary>The names <c>dir(obj)</c> lists, sorted.</summary>
    public IList<string> GetMemberNames(object? obj) => In(() => PyDir.Dir(Py(obj)));

    /// <summary>
    /// <paramref name="obj"/> converted to <typeparamref name="T"/> by the rules of
    /// <see cref="ScriptScope.GetVariable{T}"/>: an int to any .NET number, a list to <c>List&lt;T&gt;</c>
    /// or an array, a dict to a <c>Dictionary</c>, a callable to any delegate type.
    /// </summary>
    /// <exception cref="PyException">TypeError when there is no conversion, OverflowError when a number does not fit.</exception>
    public T ConvertTo<T>(object? obj) => ScriptScope.Convert<T>(Py(obj));

    /// <summary><paramref name="obj"/> converted to <paramref name="type"/>; see <see cref="ConvertTo{T}"/>.</summary>
    public object? ConvertTo(object? obj, Type type) => PyConversions.ToClr(Py(obj), type ?? throw new ArgumentNullException(nameof(type)));

    /// <summary><see cref="ConvertTo{T}"/>, false instead of the TypeError or OverflowError.</summary>
    public bool TryConvertTo<T>(object? obj, out T result)
    {
        try
        {
            result = ConvertTo<T>(obj);
            return true;
        }
        catch (PyException e) when (IsConversionError(e))
        {
            result = default!;
            return false;
        }
    }

    /// <summary><see cref="ConvertTo(object, Type)"/>, false instead of the TypeError or OverflowError.</summary>
    public bool TryConvertTo(object? obj, Type type, out object? result)
    {
        try
        {
            result = ConvertTo(obj, type);
            return true;
        }
        catch (PyException e) when (IsConversionError(e))
        {
            result = null;
            return false;
        }
    }

    /// <summary>The value an <see cref="ObjectHandle"/> of <see cref="ScriptEngine.ExecuteAndWrap(string)"/> holds, converted to <typeparamref name="T"/>.</summary>
    public T Unwrap<T>(ObjectHandle handle) => ConvertTo<T>((handle ?? throw new ArgumentNullException(nameof(handle))).Unwrap());

    /// <summary><c>repr(obj)</c>: what the REPL would echo.</summary>
    public string Format(object? obj) => In(() => PyRepr.Repr(Py(obj)));

    /// <summary><c>obj.__doc__</c> (a function's or class's docstring), or the empty string when it has none.</summary>
    public string GetDocumentation(object? obj) =>
        TryGetMember(obj, "__doc__", out var doc) && doc is string text ? text : "";

    /// <summary>The unary operation <paramref name="operation"/> (<c>Negate</c>, <c>UnaryPlus</c>, <c>OnesComplement</c>, <c>Not</c>, <c>IsTrue</c>, <c>IsFalse</c>) on <paramref name="target"/>.</summary>
    public object? DoOperation(ExpressionType operation, object? target) =>
        In(() => PyDynamicOperations.Unary(operation, Py(target)));

    /// <summary>
    /// The binary operation <paramref name="operation"/> (<c>Add</c>, <c>Subtract</c>, <c>Multiply</c>,
    /// <c>Divide</c> as <c>/</c>, <c>Modulo</c>, <c>Power</c>, the bitwise and shift operations, the six
    /// comparisons) with Python's meaning: <c>Divide</c> of two ints is a float, comparisons return
    /// whatever <c>__eq__</c> or <c>__lt__</c> return.
    /// </summary>
    public object? DoOperation(ExpressionType operation, object? target, object? other) =>
        In(() => PyDynamicOperations.Binary(operation, Py(target), other));

    /// <summary><c>self + other</c>.</summary>
    public object? Add(object? self, object? other) => DoOperation(ExpressionType.Add, self, other);

    /// <summary><c>self - other</c>.</summary>
    public object? Subtract(object? self, object? other) => DoOperation(ExpressionType.Subtract, self, other);

    /// <summary><c>self * other</c>.</summary>
    public object? Multiply(object? self, object? other) => DoOperation(ExpressionType.Multiply, self, other);

    /// <summary><c>self / other</c> (true division: <c>7 / 2</c> is 3.5).</summary>
    public object? Divide(object? self, object? other) => DoOperation(ExpressionType.Divide, self, other);

    /// <summary><c>self % other</c>.</summary>
    public object? Modulo(object? self, object? other) => DoOperation(ExpressionType.Modulo, self, other);

    /// <summary><c>self ** other</c>.</summary>
    public object? Power(object? self, object? other) => DoOperation(ExpressionType.Power, self, other);

    /// <summary><c>self &lt;&lt; other</c>.</summary>
    public object? LeftShift(object? self, object? other) => DoOperation(ExpressionType.LeftShift, self, other);

    /// <summary><c>self &gt;&gt; other</c>.</summary>
    public object? RightShift(object? self, object? other) => DoOperation(ExpressionType.RightShift, self, other);

    /// <summary><c>self &amp; other</c>.</summary>
    public object? BitwiseAnd(object? self, object? other) => DoOperation(ExpressionType.And, self, other);

    /// <summary><c>self | other</c>.</summary>
    public object? BitwiseOr(object? self, object? other) => DoOperation(ExpressionType.Or, self, other);

    /// <summary><c>self ^ other</c>.</summary>
    public object? ExclusiveOr(object? self, object? other) => DoOperation(ExpressionType.ExclusiveOr, self, other);

    /// <summary>Whether <c>self &lt; other</c> is true.</summary>
    public bool LessThan(object? self, object? other) => Test(ExpressionType.LessThan, self, other);

    /// <summary>Whether <c>self &lt;= other</c> is true.</summary>
    public bool LessThanOrEqual(object? self, object? other) => Test(ExpressionType.LessThanOrEqual, self, other);

    /// <summary>Whether <c>self &gt; other</c> is true.</summary>
    public bool GreaterThan(object? self, object? other) => Test(ExpressionType.GreaterThan, self, other);

    /// <summary>Whether <c>self &gt;= other</c> is true.</summary>
    public bool GreaterThanOrEqual(object? self, object? other) => Test(ExpressionType.GreaterThanOrEqual, self, other);

    /// <summary>Whether <c>self == other</c> is true.</summary>
    public bool Equal(object? self, object? other) => Test(ExpressionType.Equal, self, other);

    /// <summary>Whether <c>self != other</c> is true.</summary>
    public bool NotEqual(object? self, object? other) => Test(ExpressionType.NotEqual, self, other);

    // The truth of a comparison's result, as an if statement would take it.
    private bool Test(ExpressionType operation, object? self, object? other) =>
        In(() => PyComparison.IsTrue(PyConversions.FromHost(PyDynamicOperations.Binary(operation, Py(self), other))));

    // What the host passes is its own decision: no permission check (PyConversions.FromHost).
    private static object Py(object? value) => PyConversions.FromHost(value);

    private static bool IsConversionError(PyException e) =>
        e.Type.IsSubclassOf(PyExceptionType.TypeError) || e.Type.IsSubclassOf(PyExceptionType.OverflowError);

    // The engine's runtime is current while the operation runs, with its execution limits in force (as
    // for a delegate call); a script object's own module context, when it has one, is entered inside
    // (PyDynamicOperations), and a host called back from a running script stays under that script's limits.
    private T In<T>(Func<T> operation)
    {
        var entry = PyContext.EnterExecution(Engine.Runtime.Context);
        try
        {
            var result = operation();
            entry.Budget?.ThrowIfTripped();
            return result;
        }
        finally
        {
            PyContext.ExitExecution(entry);
        }
    }
}
