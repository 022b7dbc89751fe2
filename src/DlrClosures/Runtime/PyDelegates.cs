using System.Collections.Concurrent;
using System.Reflection;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime;

/// <summary>
/// Wraps a Python callable (a function, closure, bound method, class, builtin, or an instance with
/// <c>__call__</c>) in a .NET delegate of any signature (<c>Func&lt;int, int&gt;</c>,
/// <c>Action&lt;string&gt;</c>, <c>EventHandler</c>, a custom delegate type). For each (kind of
/// callable, delegate type) one typed stub factory is compiled and cached; a wrapper enters the
/// callable's runtime context, converts its arguments there with <see cref="PyConversions.FromClr"/>
/// (so the permission gate judges them by that runtime's grants), calls the callable
/// (a <see cref="PyCallable"/> positionally through its arity-specialised entry when there are at
/// most three arguments, anything else through the call protocol) and converts the result back with
/// <see cref="PyConversions.ToClr"/>.
/// </summary>
internal static class PyDelegates
{
    private static readonly ConcurrentDictionary<(bool, Type), Func<object, Delegate>> s_factories = new();
    private static readonly MethodInfo s_toClr = typeof(PyConversions).GetMethod(nameof(PyConversions.ToClr))!;

    /// <summary>A delegate of <paramref name="delegateType"/> that calls <paramref name="callable"/>.</summary>
    public static Delegate Create(Type delegateType, object callable) =>
        s_factories.GetOrAdd((callable is PyCallable, delegateType), key => BuildFactory(key.Item2, key.Item1))(callable);

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
        try { return Completed(entry, callable.Call1(In(a0))); }
        finally { PyContext.ExitExecution(entry); }
    }

    public static object Invoke2(PyCallable callable, object a0, object a1)
    {
        var entry = PyContext.EnterExecution(ContextOf(callable));
        try { return Completed(entry, callable.Call2(In(a0), In(a1))); }
        finally { PyContext.ExitExecution(entry); }
    }

    public static object Invoke3(PyCallable callable, object a0, object a1, object a2)
    {
        var entry = PyContext.EnterExecution(ContextOf(callable));
        try { return Completed(entry, callable.Call3(In(a0), In(a1), In(a2))); }
        finally { PyContext.ExitExecution(entry); }
    }

    public static object InvokeN(PyCallable callable, object[] args)
    {
        var entry = PyContext.EnterExecution(ContextOf(callable));
        try { return Completed(entry, callable.Call(In(args))); }
        finally { PyContext.ExitExecution(entry); }
    }

    // The arguments are converted once the callable's context is current, so the permission gate
    // (PyConversions.FromClr) judges them by the grants of the runtime the callable belongs to.
    private static object In(object a) => PyConversions.FromClr(a);

    private static object[] In(object[] args)
    {
        for (int i = 0; i < args.Length; i++) args[i] = PyConversions.FromClr(args[i]);
        return args;
    }

    // A limit the script swallowed (a return inside finally) still ends the call.
    private static object Completed(in Limits.ExecutionEntry entry, object result)
    {
        entry.Budget?.ThrowIfTripped();
        return result;
    }

    /// <summary>Calls any other callable (an instance with <c>__call__</c>) through the call protocol.</summary>
    public static object InvokeAny(object callable, object[] args)
    {
        var entry = PyContext.EnterExecution(ContextOf(callable));
        try { return Completed(entry, Operations.PyCalls.Call(callable, In(args))); }
        finally { PyContext.ExitExecution(entry); }
    }

    // The context a call from the host enters: the module of the function (of a bound method's
    // function, of an instance's class); other callables run in the context current on the thread.
    private static PyRuntimeContext? ContextOf(object callable) => Interop.PyDynamicOperations.ContextOf(callable);

    private static Func<object, Delegate> BuildFactory(Type delegateType, bool isPyCallable)
    {
        var invoke = delegateType.GetMethod("Invoke") ?? throw new ArgumentException($"{delegateType} is not a delegate type");
        var boxed = Linq.Expression.Parameter(typeof(object), "callable");
        var callable = Linq.Expression.Variable(isPyCallable ? typeof(PyCallable) : typeof(object), "typed");
        var parameters = invoke.GetParameters().Select(p => Linq.Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var arguments = parameters
            .Select(p => (Linq.Expression)Linq.Expression.Convert(p, typeof(object)))
            .ToArray();
        Linq.Expression call = !isPyCallable
            ? Linq.Expression.Call(typeof(PyDelegates), nameof(InvokeAny), null, callable, Linq.Expression.NewArrayInit(typeof(object), arguments))
            : arguments.Length <= 3
            ? Linq.Expression.Call(typeof(PyDelegates), "Invoke" + arguments.Length, null, [callable, .. arguments])
            : Linq.Expression.Call(typeof(PyDelegates), nameof(InvokeN), null, callable, Linq.Expression.NewArrayInit(typeof(object), arguments));
        Linq.Expression body = invoke.ReturnType == typeof(void)
            ? Linq.Expression.Block(typeof(void), call)
            : Linq.Expression.Convert(Linq.Expression.Call(s_toClr, call, Linq.Expression.Constant(invoke.ReturnType, typeof(Type))), invoke.ReturnType);
        // The wrapper closes over the callable, converted once to the stub's static type.
        var wrapper = Linq.Expression.Lambda(delegateType, body, parameters);
        var factory = Linq.Expression.Lambda<Func<object, Delegate>>(
            Linq.Expression.Block([callable], Linq.Expression.Assign(callable, Linq.Expression.Convert(boxed, callable.Type)), wrapper), boxed);
        return factory.Compile();
    }
}
