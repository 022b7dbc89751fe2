using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// An executable expression: built once from a bound node, with its names resolved to frame
/// slots and its dynamic operations bound to call sites of its own, then evaluated any number of
/// times.
/// </summary>
/// <remarks>
/// The node methods are not marked AggressiveOptimization: such a method is left out of the
/// ReadyToRun image and jitted with full optimisation at its first call, so a published dlrc
/// jitted every node kind a module body used before its first statement ran. Without the mark the
/// precompiled code runs at once and tiering recompiles the hot node methods, as for any other
/// method (fib_cell on the interpreter used about 8 % less CPU; see docs/performance.md, Start-up).
/// </remarks>
internal abstract class ExecExpr
{
    /// <summary>The value of the expression in <paramref name="frame"/>.</summary>
    public abstract object Evaluate(Frame frame);

    /// <summary>
    /// The truth of the expression as a branch test. Nodes built for a bound condition (<c>not</c>,
    /// <c>and</c>/<c>or</c>, a single comparison, a bool literal) override it so that nothing is boxed; every other node takes Python truth of its value.
    /// </summary>
    public virtual bool EvaluateBool(Frame frame) => PyComparison.IsTrue(Evaluate(frame));
}
