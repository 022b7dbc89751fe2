using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// An executable expression: built once from a bound node, with its names resolved to frame
/// slots and its dynamic operations bound to call sites of its own, then evaluated any number of
/// times.
/// </summary>
/// <remarks>
/// The evaluation methods of the node classes are marked AggressiveOptimization: an interpreter's
/// few node methods run millions of times from the first line of a script, and jitting them fully
/// at once costs less than running them unoptimised until tiering promotes them (measured on the
/// closure workloads: about a third less CPU for a first run, a little more for a long one).
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
