namespace DlrClosures.Interpretation;

/// <summary>
/// How a statement finished. return, break and continue travel outward as this value, not as .NET
/// exceptions: each enclosing statement looks at it once (a loop consumes break and continue, a
/// try statement runs its finally clause and passes it on), so a jump costs a compare, not a throw.
/// The value of a return travels in <see cref="Frame.ReturnValue"/>.
/// </summary>
internal enum Completion
{
    Normal,
    Return,
    Break,
    Continue,

    /// <summary>
    /// The call goes on in compiled code (on-stack replacement): a loop reached its back edge after
    /// enough iterations, and each statement on the way out adds its step to
    /// <see cref="Frame.ResumeSteps"/> instead of running the rest of itself.
    /// </summary>
    Resume,

    /// <summary>
    /// A generator's body suspends at a yield (<see cref="Frame.SuspendedAt"/>, the value in
    /// <see cref="Frame.Yielded"/>): every statement on the way out leaves its state in the frame
    /// and returns at once, running no finally clause and closing nothing.
    /// </summary>
    Yield,
}
