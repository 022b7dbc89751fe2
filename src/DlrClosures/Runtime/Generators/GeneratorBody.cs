using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Generators;

/// <summary>
/// The suspended body of one generator: its frame (locals, cells, the state it stopped at) and the
/// step that runs it from there to its next yield or its end. A back end makes one per call of a
/// generator function; <see cref="PyGenerator"/> owns it and drives it.
/// </summary>
internal abstract class GeneratorBody
{
    /// <summary>
    /// Runs the body from where it stopped (its start on the first step) with <paramref name="sent"/>
    /// as the value of the yield it stopped at, or, with <paramref name="thrown"/>, raising that
    /// exception there. True: it yielded <paramref name="value"/> and is suspended again. False: it
    /// returned <paramref name="value"/> (its <c>StopIteration.value</c>). An exception that leaves
    /// it ends the generator and has its traceback entry already.
    /// </summary>
    public abstract bool Resume(object sent, PyException? thrown, out object value);

    /// <summary>The line the body is suspended at, or its first line before it starts (<c>gi_frame.f_lineno</c>).</summary>
    public abstract int Line { get; }

    /// <summary>Drops the frame's values once the generator has finished.</summary>
    public abstract void Release();
}
