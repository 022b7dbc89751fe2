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
}
