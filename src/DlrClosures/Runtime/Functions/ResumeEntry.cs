using System.Runtime.CompilerServices;

namespace DlrClosures.Runtime.Functions;

/// <summary>
/// The compiled rest of a call that began on the interpreter (on-stack replacement): it takes the
/// interpreter frame's locals and cells as they are, the iterators of the for loops it is inside
/// (outermost first), and returns what the call returns. The interpreter's frame stays the Python
/// frame: the compiled rest neither enters nor leaves one, and on an exception it stores the line
/// it was at in <paramref name="line"/> (which holds the frame's line on entry) before the
/// exception goes on to the interpreter, which records the traceback entry.
/// </summary>
internal delegate object ResumeEntry(PyFunction function, FrameCounter frames, object[] locals, StrongBox<object>[]? cells, PyIterator[] iterators, StrongBox<int> line);

/// <summary>
/// One loop of a call that began on the interpreter, compiled (on-stack replacement inside a
/// construct the compiled code cannot be entered through, such as a comprehension or a try block):
/// it goes on with the loop's next iteration (a for loop with <paramref name="iterator"/>), runs it
/// to its end (its else clause included) and writes every local back to <paramref name="locals"/>,
/// then returns <see cref="ResumeSupport.LoopCompleted"/>, or the value of a <c>return</c> in the
/// loop (after the finally clauses inside the loop; the interpreter runs those outside it).
/// Exceptions leave as from <see cref="ResumeEntry"/>.
/// </summary>
internal delegate object LoopEntry(PyFunction function, FrameCounter frames, object[] locals, StrongBox<object>[]? cells, PyIterator? iterator, StrongBox<int> line);

/// <summary>Helpers of the compiled rest of a call (<see cref="ResumeEntry"/>, <see cref="LoopEntry"/>).</summary>
internal static class ResumeSupport
{
    /// <summary>What a <see cref="LoopEntry"/> returns when its loop ended without a return.</summary>
    public static readonly object LoopCompleted = new();

    /// <summary>An exception filter that hands the line back to the interpreter's frame and lets the exception go on.</summary>
    public static bool RecordLine(StrongBox<int> line, int current)
    {
        line.Value = current;
        return false;
    }
}
