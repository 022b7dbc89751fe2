using System.Collections.Concurrent;
using System.Reflection;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime;

/// <summary>
/// Wraps a Python callable in a .NET delegate of any signature (<c>Func&lt;int, int&gt;</c>,
/// <c>Action&lt;string&gt;</c>, a custom delegate type). For each delegate type one factory is compiled
/// and cached; a wrapper converts its arguments with <see cref="PyConversions.FromClr"/>, calls the
/// callable in its runtime's context (positionally, through its arity-specialised entry when there
/// are at most three arguments) and converts the result back with <see cref="PyConversions.ToClr"/>.
/// </summary>
public static class PyDelegates
{
    private static readonly ConcurrentDictionary<Type, Func<PyCallable, Delegate>> s_factories = new();
    private static readonly MethodInfo s_fromClr = typeof(PyConversions).GetMethod(nameof(PyConversions.FromClr))!;
    private static readonly MethodInfo s_toClr = typeof(PyConversions).GetMethod(nameof(PyConversions.ToClr))!;

    /// <summary>A delegate of <paramref name="delegateType"/> that calls <paramref name="callable"/>.</summary>
    public static Delegate Create(Type delegateType, PyCallable callable) =>
        s_factories.GetOrAdd(delegateType, BuildFactory)(callable);

    // A call from the host enters the runtime context of the function's module, so the function
    // prints where its runtime prints and runs under its recursion limit and its execution limits.
    public static object Invoke0(PyCallable callable)
    {
        var entry = PyContext.EnterExecution(ContextOf(callable));
        try { return Completed(entry, callable.Call0()); }
        finally { PyContext.ExitExecution(entry); }
    }

    public static object Invoke1(PyCallable callable, object a0)
    {
        var entry = PyContext.EnterExecution(ContextOf(callable));
        try { return Completed(entry, callable.Call1(a0)); }
        finally { PyContext.ExitExecution(entry); }
    }

    public static object Invoke2(PyCallable callable, object a0, object a1)
    {
        var entry = PyContext.EnterExecution(ContextOf(callable));
        try { return Completed(entry, callable.Call2(a0, a1)); }
        finally { PyContext.ExitExecution(entry); }
    }

    public static object Invoke3(PyCallable callable, object a0, object a1, object a2)
    {
        var entry = PyContext.EnterExecution(ContextOf(callable));
        try { return Completed(entry, callable.Call3(a0, a1, a2)); }
        finally { PyContext.ExitExecution(entry); }
    }

    public static object InvokeN(PyCallable callable, object[] args)
    {
        var entry = PyContext.EnterExecution(ContextOf(callable));
        try { return Completed(entry, callable.Call(args)); }
        finally { PyContext.ExitExecution(entry); }
    }

    // A limit the script swallowed (a return inside finally) still ends the call.
    private static object Completed(in Limits.ExecutionEntry entry, object result)
    {
        entry.Budget?.ThrowIfTripped();
        return result;
    }

    private static PyRuntimeContext? ContextOf(PyCallable callable) => (callable as Functions.PyFunction)?.Globals.Context;

    private static Func<PyCallable, Delegate> BuildFactory(Type delegateType)
    {
        var invoke = delegateType.GetMethod("Invoke") ?? throw new ArgumentException($"{delegateType} is not a delegate type");
        var callable = Linq.Expression.Parameter(typeof(PyCallable), "callable");
        var parameters = invoke.GetParameters().Select(p => Linq.Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var arguments = parameters
            .Select(p => (Linq.Expression)Linq.Expression.Call(s_fromClr, Linq.Expression.Convert(p, typeof(object))))
            .ToArray();
        Linq.Expression call = arguments.Length <= 3
            ? Linq.Expression.Call(typeof(PyDelegates), "Invoke" + arguments.Length, null, [callable, .. arguments])
            : Linq.Expression.Call(typeof(PyDelegates), nameof(InvokeN), null, callable, Linq.Expression.NewArrayInit(typeof(object), arguments));
        Linq.Expression body = invoke.ReturnType == typeof(void)
            ? Linq.Expression.Block(typeof(void), call)
            : Linq.Expression.Convert(Linq.Expression.Call(s_toClr, call, Linq.Expression.Constant(invoke.ReturnType, typeof(Type))), invoke.ReturnType);
        var wrapper = Linq.Expression.Lambda(delegateType, body, parameters);
        var factory = Linq.Expression.Lambda<Func<PyCallable, Delegate>>(wrapper, callable);
        return factory.Compile();
    }
}
