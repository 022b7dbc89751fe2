using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Where the passes over a program run. Every pass after parsing (scope analysis, binding, the
/// compiler's lowering and the interpreter's translation) recurses once per nesting level of the
/// tree, and CPython accepts trees thousands of levels deep (a 2,989-link <c>1 + 1 + ...</c> chain is
/// a left-nested tree that deep). A host calls in on its own threads, whose stack is .NET's default
/// 1 MB, too little for that. So a pass runs on the caller's thread, checks the stack at each level
/// (<see cref="Check"/>), and when it runs low the whole piece of work is started again from the top
/// on a thread with a 256 MB stack (<see cref="Run{T}"/>); the passes have no effects but their
/// result, so the second run gives what the first would have. Ordinary programs never leave the
/// caller's thread.
/// </summary>
internal static class LargeStack
{
    private const int StackBytes = 256 * 1024 * 1024;

    /// <summary>Called at each level of a recursive pass: throws <see cref="NeedsLargeStackException"/> when the stack is running low.</summary>
    public static void Check()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new NeedsLargeStackException();
    }

    /// <summary>
    /// <paramref name="work"/> on the calling thread, or, when it reports a low stack, again on the large
    /// stack; where even that runs out, CPython's "maximum recursion depth exceeded during compilation".
    /// </summary>
    public static T Run<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (NeedsLargeStackException)
        {
            return OnLargeStack(work);
        }
    }

    /// <summary><paramref name="work"/> on a new thread with a 256 MB stack, its exception rethrown here.</summary>
    public static T OnLargeStack<T>(Func<T> work)
    {
        T? value = default;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                value = work();
            }
            catch (NeedsLargeStackException)
            {
                failure = ExceptionDispatchInfo.Capture(PyErrors.RecursionError("maximum recursion depth exceeded during compilation"));
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return value!;
    }
}
