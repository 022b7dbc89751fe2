using System.Runtime.CompilerServices;
using System.Runtime.Remoting;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Hosting;

/// <summary>
/// A module namespace shared by a host and the scripts run in it. Values a host sets are converted
/// to Python values (an <c>int</c> becomes a Python int, null becomes None); values it gets are
/// converted to the type it asks for, and a script function converts to any delegate type of
/// matching arity, whose invocation runs the function's compiled code.
/// </summary>
/// <remarks>
/// A scope is also usable as C# <c>dynamic</c>: <c>scope.x</c>, <c>scope.x = 1</c>, <c>scope.f(2)</c>.
/// Reading a scope from many threads is safe; binding names in it from two threads at once, or
/// while a script runs in it, is not (see docs/hosting.md, "Threads").
/// </remarks>
public sealed class ScriptScope : System.Dynamic.IDynamicMetaObjectProvider
{
    internal ScriptScope(ScriptEngine engine, PyGlobals globals)
    {
        Engine = engine;
        Globals = globals;
    }

    /// <summary>The engine whose scripts run in this scope.</summary>
    public ScriptEngine Engine { get; }

    internal PyGlobals Globals { get; }

    /// <summary>
    /// The value of <paramref name="name"/> in its host-facing form: None is null, an int is an
    /// <c>int</c> when it fits (so <c>(int)scope.GetVariable("x")</c> works as with IronPython), else a
    /// <c>long</c>, else a <see cref="System.Numerics.BigInteger"/>; other values are themselves.
    /// </summary>
    /// <exception cref="MissingMemberException">The scope has no such variable.</exception>
    public object? GetVariable(string name) =>
        TryGetVariable(name, out var value) ? value : throw Missing(name);

    /// <summary>The value of <paramref name="name"/> converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="MissingMemberException">The scope has no such variable.</exception>
    /// <exception cref="PyException">The value cannot be converted (a Python TypeError or OverflowError).</exception>
    public T GetVariable<T>(string name) =>
        Globals.TryGetValue(name, out var value) ? Convert<T>(value) : throw Missing(name);

    /// <summary>Gets <paramref name="name"/> if it is bound, in the form <see cref="GetVariable(string)"/> describes.</summary>
    public bool TryGetVariable(string name, out object? value)
    {
        if (Globals.TryGetValue(name, out var python))
        {
            value = Runtime.Interop.ClrConversion.ToObject(python);
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Gets <paramref name="name"/> converted to <typeparamref name="T"/>, if it is bound.</summary>
    public bool TryGetVariable<T>(string name, out T value)
    {
        if (Globals.TryGetValue(name, out var python))
        {
            value = Convert<T>(python);
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>
    /// Binds <paramref name="name"/> to <paramref name="value"/>, converted to a Python value: .NET
    /// integers become Python ints, <c>float</c> a Python float, <c>char</c> a str, null None, a
    /// <see cref="Type"/> the type object scripts use for its static members and constructors; any
    /// other object (<c>decimal</c>, <c>DateTime</c>, collections, delegates, the host's own objects)
    /// stays itself, usable through its members (see docs/hosting.md).
    /// </summary>
    public void SetVariable(string name, object? value) => Globals.SetValue(name, PyConversions.FromHost(value));

    /// <summary>The value of <paramref name="name"/> in an <see cref="ObjectHandle"/> (the DLR's shape; the handle holds what <see cref="GetVariable(string)"/> returns).</summary>
    /// <exception cref="MissingMemberException">The scope has no such variable.</exception>
    public ObjectHandle GetVariableHandle(string name) => new(GetVariable(name));

    /// <summary>Gets <paramref name="name"/> in an <see cref="ObjectHandle"/> if it is bound.</summary>
    public bool TryGetVariableHandle(string name, out ObjectHandle? handle)
    {
        handle = TryGetVariable(name, out var value) ? new ObjectHandle(value) : null;
        return handle is not null;
    }

    /// <summary>
    /// Binds <paramref name="name"/> to the value <paramref name="handle"/> holds, converted as
    /// <see cref="SetVariable(string, object)"/> converts. A null handle binds None, so that
    /// <c>SetVariable("x", null)</c>, which C# resolves to this overload, still means None.
    /// </summary>
    public void SetVariable(string name, ObjectHandle? handle) => SetVariable(name, handle?.Unwrap());

    /// <summary>True when <paramref name="name"/> is bound.</summary>
    public bool ContainsVariable(string name) => Globals.Contains(name);

    /// <summary>Unbinds <paramref name="name"/>; false when it was not bound.</summary>
    public bool RemoveVariable(string name) => Globals.Remove(name);

    /// <summary>The bound names, in the order they were first bound.</summary>
    public IEnumerable<string> GetVariableNames() => Globals.Names.ToList();

    /// <summary>The bound names with their values (None as null).</summary>
    public IEnumerable<KeyValuePair<string, object?>> GetItems() =>
        GetVariableNames().Select(name => new KeyValuePair<string, object?>(name, GetVariable(name)));

    /// <summary>The meta-object that makes the scope's variables members of a C# <c>dynamic</c>.</summary>
    public System.Dynamic.DynamicMetaObject GetMetaObject(System.Linq.Expressions.Expression parameter) =>
        new ScriptScopeMetaObject(parameter, this);

    internal object? DynamicGet(string name) => GetVariable(name);

    internal object? DynamicSet(string name, object? value)
    {
        SetVariable(name, value);
        return value;
    }

    internal object? DynamicDelete(string name) => RemoveVariable(name) ? null : throw Missing(name);

    internal object? DynamicInvoke(string name, object?[] args, string[] names) =>
        Globals.TryGetValue(name, out var callable)
            ? Runtime.Interop.PyDynamicOperations.Invoke(callable, args, names)
            : throw Missing(name);

    // Conversion goes through a call site with the runtime's convert binder, so a host that asks
    // for the same type repeatedly reuses the cached rule.
    internal static T Convert<T>(object value) => ConvertSite<T>.Site.Target(ConvertSite<T>.Site, value);

    private static MissingMemberException Missing(string name) => new($"name '{name}' is not defined");

    private static class ConvertSite<T>
    {
        public static readonly CallSite<Func<CallSite, object, T>> Site =
            CallSite<Func<CallSite, object, T>>.Create(PyConvertBinder.Get(typeof(T)));
    }
}
