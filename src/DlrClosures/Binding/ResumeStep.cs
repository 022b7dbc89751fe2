namespace DlrClosures.Binding;

/// <summary>
/// One step of the way from a function's body down to the loop where a call that began on the
/// interpreter continues in compiled code (on-stack replacement, see <see cref="ResumePath"/>).
/// </summary>
/// <param name="Statement">A statement on the way: a block, an if, a for or a while.</param>
/// <param name="Index">
/// For a <see cref="BoundBlock"/>, the position of the statement the call was in; for a
/// <see cref="BoundIf"/>, 0 in its then branch and 1 in its else branch; for a
/// <see cref="BoundFor"/>, the position of its iterator in the iterators handed over; for a
/// <see cref="BoundWhile"/>, -1.
/// </param>
internal readonly record struct ResumeStep(BoundStmt Statement, int Index);

/// <summary>
/// The statements a call was in when it left the interpreter, outermost first; the last is the loop
/// whose back edge it had reached, so the compiled code goes on with that loop's next iteration,
/// then the rest of each enclosing loop's iteration and of each enclosing block.
/// </summary>
/// <remarks>
/// Only blocks, ifs (their branches), fors and whiles (their bodies) are on a path: a loop inside a
/// try, with, except or else clause, a class body or a comprehension never leaves the interpreter
/// in the middle of a call, since the compiled code could not rebuild the handlers around it.
/// The statements are nodes of the one bound tree both engines translate.
/// </remarks>
internal sealed class ResumePath(IReadOnlyList<ResumeStep> steps)
{
    public IReadOnlyList<ResumeStep> Steps { get; } = steps;

    /// <summary>
    /// The path as text (its indices): two calls stopped at the same place give the same key, since
    /// the indices alone lead from the body to the loop.
    /// </summary>
    public string Key => string.Join('/', Steps.Select(step => step.Index));
}
