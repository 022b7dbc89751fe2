using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// The context manager protocol as 3.11's BEFORE_WITH and WITH_EXCEPT_START run it. The binder
/// lowers a <c>with</c> statement to ordinary bound statements (Binding/Binder.With.cs) that call
/// these three as constant built-in functions, so both engines run the one lowering.
/// </summary>
internal static class PyWith
{
    /// <summary>
    /// <c>__exit__</c> of the manager, bound to it. As BEFORE_WITH, <c>__enter__</c> is looked up
    /// first (a missing one is the message without "(missed __exit__ method)"), both on the type.
    /// </summary>
    public static readonly PyBuiltinFunction Exit = new("__exit__", (args, kw) =>
    {
        var manager = args[0];
        if (!TryLookupSpecial(manager, "__enter__", out _))
            throw PyErrors.TypeError(ExceptionMessages.NotAContextManager(PyTypes.TypeName(manager)));
        if (!TryLookupSpecial(manager, "__exit__", out var exit))
            throw PyErrors.TypeError(ExceptionMessages.MissedExit(PyTypes.TypeName(manager)));
        return exit;
    });

    /// <summary>Calls the manager's <c>__enter__</c> (found by <see cref="Exit"/> before) with no arguments: the value of <c>as</c>.</summary>
    public static readonly PyBuiltinFunction Enter = new("__enter__", (args, kw) =>
    {
        TryLookupSpecial(args[0], "__enter__", out var enter);
        return PyCalls.Call(enter, []);
    });

    /// <summary>
    /// <c>exit(type, value, traceback)</c> for the exception object that left the body
    /// (WITH_EXCEPT_START): True when the result is true, which suppresses the exception. The
    /// traceback is the exception's <c>__traceback__</c>: a traceback object with <c>tb_lineno</c>
    /// and <c>tb_next</c> (no <c>tb_frame</c>), or None.
    /// </summary>
    public static readonly PyBuiltinFunction ExitWithException = new("__exit__", (args, kw) =>
    {
        var exit = args[0];
        var value = args[1];
        object type = value is PyExceptionObject exception ? exception.Type : PyTypes.TypeOf(value);
        object traceback = value is PyExceptionObject e ? e.Traceback : PyNone.Instance;
        return PyBool.Box(PyComparison.IsTrue(PyCalls.Call(exit, [type, value, traceback])));
    });

    // _PyObject_LookupSpecial: the type's attribute, bound to the object; never the instance dict.
    private static bool TryLookupSpecial(object manager, string name, out object value)
    {
        if (manager is PyInstance instance)
        {
            if (!instance.Type.TryLookup(name, out var found))
            {
                value = PyNone.Instance;
                return false;
            }
            // The ordinary attribute read binds it as the class machinery does, unless the
            // instance's own dict would shadow the class's entry.
            value = instance.Dict.ContainsKey(name)
                ? found is PyCallable and not PyType and not PyMethod and not PyBuiltinFunction ? new PyMethod(instance, found) : found
                : PyAttributes.GetAttr(instance, name);
            return true;
        }
        return manager is not (PyType or PyExceptionType) && PyAttributes.TryGetAttr(manager, name, out value)
            || Fail(out value);
    }

    private static bool Fail(out object value)
    {
        value = PyNone.Instance;
        return false;
    }
}
