namespace DlrClosures.Interpretation;

/// <summary>The running function's module namespace (<see cref="Binding.BoundFrameGlobals"/>).</summary>
internal sealed class FrameGlobalsNode : ExecExpr
{
    public override object Evaluate(Frame frame) => frame.Function.Globals;
}
