using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime.Functions;

/// <summary>
/// Reads and deletes of variables as compiled code performs them: the value, or CPython's
/// UnboundLocalError / NameError when the variable holds <see cref="PyUnbound"/>. Each check is a
/// reference comparison on the hot path; the throw is out of line.
/// </summary>
internal static class PyNames
{
    /// <summary>A plain local or a cell of this scope (CPython LOAD_FAST / LOAD_DEREF of a cellvar).</summary>
    /// <remarks>Small enough to inline into compiled code; the raise is out of line.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object CheckLocal(object value, string name) => value is PyUnbound ? UnboundLocal(name) : value;

    /// <summary>A free variable (LOAD_DEREF of a freevar).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object CheckFree(object value, string name) => value is PyUnbound ? UnboundFree(name) : value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object UnboundLocal(string name) => throw PyErrors.UnboundLocalError(FunctionMessages.UnboundLocal(name));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object UnboundFree(string name) => throw PyErrors.NameError(FunctionMessages.UnboundFree(name), name);

    /// <summary>A module-level name: the module's cell, else the builtins, else NameError (LOAD_GLOBAL).</summary>
    public static object LoadGlobal(StrongBox<object> cell, string name)
    {
        var value = cell.Value!;
        return value is PyUnbound ? PyGlobals.LoadBuiltin(name) : value;
    }

    /// <summary>
    /// A name in a class body (LOAD_NAME): the class namespace being built, then the module, then
    /// the builtins.
    /// </summary>
    public static object LoadClassName(PyDict @namespace, string name, StrongBox<object> global) =>
        @namespace.TryGetValue(name, out var value) ? value : LoadGlobal(global, name);

    /// <summary>A free variable read in a class body (LOAD_CLASSDEREF): the class namespace first, then the cell.</summary>
    public static object LoadClassFree(PyDict @namespace, string name, StrongBox<object> cell) =>
        @namespace.TryGetValue(name, out var value) ? value : CheckFree(cell.Value!, name);

    /// <summary><c>del name</c> in a class body.</summary>
    public static void DeleteClassName(PyDict @namespace, string name)
    {
        if (!@namespace.Remove(name)) throw PyErrors.NameError(FunctionMessages.NameNotDefined(name), name);
    }

    /// <summary>The bases of a class statement, which must all be classes.</summary>
    public static PyType[] ClassBases(object[] bases) =>
        bases.Select(b => b as PyType ?? throw PyErrors.TypeError(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")).ToArray();

    /// <summary><c>del name</c> of a module-level name.</summary>
    public static void DeleteGlobal(StrongBox<object> cell, string name)
    {
        if (cell.Value is PyUnbound) throw PyErrors.NameError(FunctionMessages.NameNotDefined(name), name);
        cell.Value = PyUnbound.Instance;
    }

    /// <summary><c>del name</c> of a cell variable.</summary>
    public static void DeleteCell(StrongBox<object> cell, string name, bool isFree)
    {
        if (cell.Value is PyUnbound)
            throw isFree ? PyErrors.NameError(FunctionMessages.UnboundFree(name), name) : PyErrors.UnboundLocalError(FunctionMessages.UnboundLocal(name));
        cell.Value = PyUnbound.Instance;
    }

    /// <summary>The REPL's <c>sys.displayhook</c>: prints the repr of a non-None expression statement.</summary>
    public static void DisplayHook(object value)
    {
        if (value is PyNone) return;
        var output = PyRepr.Repr(value) + "\n";
        PyLimits.ChargeOutput(output);
        PyContext.Out.Write(output);
    }

    /// <summary>A failed <c>assert</c>, with or without a message (the message object is the exception's one argument).</summary>
    public static Exception AssertionFailed(object? message) =>
        message is null ? PyErrors.AssertionError("") : PyErrors.AssertionError(PyRepr.Str(message), message);
}
