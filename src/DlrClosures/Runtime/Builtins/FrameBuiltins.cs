using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Builtins;

/// <summary>
/// globals, locals, vars, dir, eval and exec: the builtins that read their caller's frame
/// (Python/bltinmodule.c). The binder turns a direct call of one of these names into a call of
/// <see cref="Dispatch"/> that also passes the module namespace and the caller's locals
/// (Binding/Binder.FrameReaders.cs); called any other way (through a variable, by getattr) they
/// have no frame to read and say so.
/// </summary>
internal static class FrameBuiltins
{
    /// <summary>The caller's namespaces: the module's, and the locals (null at module level, where they are the globals).</summary>
    internal readonly record struct CallerFrame(PyGlobals Globals, PyDict? Locals)
    {
        public PyDict LocalsDict => Locals ?? Globals.AsDict();
    }

    private delegate object FrameBody(CallerFrame frame, object[] args, string[]? kw);

    private static readonly Dictionary<PyBuiltinFunction, FrameBody> s_bodies = new(ReferenceEqualityComparer.Instance);

    public static readonly PyBuiltinFunction Globals = Make("globals", (f, a, k) =>
    {
        PyArgs.None("globals", a, k);
        return f.Globals.AsDict();
    });

    public static readonly PyBuiltinFunction Locals = Make("locals", (f, a, k) =>
    {
        PyArgs.None("locals", a, k);
        return f.LocalsDict;
    });

    public static readonly PyBuiltinFunction Vars = Make("vars", (f, a, k) =>
    {
        PyArgs.NoKeywords("vars", k);
        PyArgs.Range("vars", a, k, 0, 1);
        return a.Length == 0 ? f.LocalsDict : VarsOf(a[0]);
    });

    public static readonly PyBuiltinFunction Dir = Make("dir", (f, a, k) =>
    {
        PyArgs.NoKeywords("dir", k);
        PyArgs.Range("dir", a, k, 0, 1);
        if (a.Length == 1) return new PyList(PyDir.Dir(a[0]).Select(n => (object)n).ToList());
        var names = f.LocalsDict.Keys.ToList();
        PySorting.Sort(names, PyNone.Instance, false);
        return new PyList(names);
    });

    public static readonly PyBuiltinFunction Eval = Make("eval", (f, a, k) => EvalBuiltins.Run("eval", f, a, k));

    public static readonly PyBuiltinFunction Exec = Make("exec", (f, a, k) => EvalBuiltins.Run("exec", f, a, k));

    /// <summary>
    /// The call the binder makes: args are the value the name has now, the module namespace, the
    /// caller's locals (None, a class namespace dict, or a function's snapshot), then the user's arguments.
    /// </summary>
    public static readonly PyBuiltinFunction Dispatch = new("<frame call>", (args, kw) =>
    {
        var callee = args[0];
        var user = args[3..];
        if (callee is PyBuiltinFunction builtin && s_bodies.TryGetValue(builtin, out var body))
            return body(new CallerFrame((PyGlobals)args[1], args[2] as PyDict), user, kw);
        return kw is null ? PyCalls.Call(callee, user) : PyCalls.Call(callee, user, kw);
    });

    /// <summary>A function's locals() (PyFrame_FastToLocals): each bound name with its value, in co_varnames, cellvars, freevars order.</summary>
    public static readonly PyBuiltinFunction Snapshot = new("<locals snapshot>", (args, kw) =>
    {
        var names = ((PyTuple)args[0]).Items;
        var values = ((PyTuple)args[1]).Items;
        var dict = new PyDict();
        for (int i = 0; i < names.Length; i++)
            if (values[i] is not PyUnbound) dict[names[i]] = values[i];
        return dict;
    });

    /// <summary>The builtins of this class, for the builtins table.</summary>
    public static IEnumerable<PyBuiltinFunction> All => s_bodies.Keys;

    private static PyBuiltinFunction Make(string name, FrameBody body)
    {
        var function = new PyBuiltinFunction(name, (_, _) =>
            throw PyErrors.TypeError($"{name}() called other than by its name (through a variable or getattr) is not supported by DlrClosures yet"));
        s_bodies[function] = body;
        return function;
    }

    // builtin_vars_impl: the object's __dict__, else TypeError.
    private static object VarsOf(object value)
    {
        if (value is PyGlobals module) return module.AsDict();
        try
        {
            return PyAttributes.GetAttr(value, "__dict__");
        }
        catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.AttributeError))
        {
            throw PyErrors.TypeError("vars() argument must have __dict__ attribute");
        }
    }
}
