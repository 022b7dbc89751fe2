using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Interpretation;

// The state of a generator's frame between two steps (GeneratorNodes): the frame outlives the call
// that made it, and its locals, cells and the slots the node builder adds (loop iterators, a try's
// parked exception and jump) are the generator's state.
internal sealed partial class Frame
{
    /// <summary>The resume point the body stopped at (0: not started). Set by the yield that suspends.</summary>
    public int SuspendedAt;

    /// <summary>
    /// While a step walks back down to <see cref="SuspendedAt"/>: that state; 0 once the yield
    /// there has been reached (or on the first step), when statements run as usual.
    /// </summary>
    public int ResumeState;

    /// <summary>What the yield being resumed evaluates to (the value sent in).</summary>
    public object Sent = Runtime.PyNone.Instance;

    /// <summary>The exception thrown in at the yield being resumed (gen.throw, gen.close), or null.</summary>
    public PyException? Thrown;

    /// <summary>The value of the yield that suspended the body.</summary>
    public object? Yielded;
}
