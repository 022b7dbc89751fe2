using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Py_EnterRecursiveCall / Py_LeaveRecursiveCall (Include/internal/pycore_ceval.h): recursion in
/// the runtime's own code (repr of nested containers, deep comparisons, calls of builtins) counts
/// against the same limit as Python frames, as CPython 3.11's single recursion counter does, and
/// fails with its message ("maximum recursion depth exceeded" + <c>where</c>).
/// </summary>
internal static class NativeRecursion
{
    public const string WhileGettingRepr = " while getting the repr of an object";
    public const string WhileGettingStr = " while getting the str of an object";
    public const string InComparison = " in comparison";
    public const string WhileCallingPythonObject = " while calling a Python object";
    public const string InInstanceCheck = " in __instancecheck__";
    public const string InSubclassCheck = " in __subclasscheck__";

    [ThreadStatic] private static int t_depth;

    /// <summary>Enters one level; every successful call must be paired with <see cref="Exit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter(string where)
    {
        int depth = ++t_depth;
        var frames = PyFrames.Counter;
        if (depth + frames.Depth > frames.Limit || ((depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            t_depth--;
            throw PyErrors.RecursionError(FunctionMessages.RecursionLimit + where);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit() => t_depth--;

    /// <summary>
    /// For recursion CPython does on the C stack without counting it (the hash of a tuple nested
    /// 100,000 deep succeeds there): only the machine stack is checked, so a thread with a small
    /// stack gets a RecursionError instead of a crash, and one with room computes the result.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw PyErrors.RecursionError(FunctionMessages.RecursionLimit);
    }
}
