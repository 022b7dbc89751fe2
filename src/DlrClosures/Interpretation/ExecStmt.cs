namespace DlrClosures.Interpretation;

/// <summary>An executable statement; see <see cref="ExecExpr"/>.</summary>
internal abstract class ExecStmt
{
    /// <summary>Runs the statement; anything but <see cref="Completion.Normal"/> is a jump in progress.</summary>
    public abstract Completion Execute(Frame frame);
}
