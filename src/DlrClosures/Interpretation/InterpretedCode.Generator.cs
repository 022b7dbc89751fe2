using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Generators;

namespace DlrClosures.Interpretation;

// A call of a generator function: the frame is made (never one reused from the cache, since it
// outlives the call) and its prologue run, and the generator object gets it; each step runs the
// body in it under the frame protocol, from the resume point it stopped at.
internal sealed partial class InterpretedCode
{
    /// <summary>The code is a generator's body: a call makes a generator over its frame.</summary>
    public bool IsGenerator { get; init; }

    private Frame GeneratorFrame(PyFunction function, FrameCounter frames) =>
        new(function, frames, _localCount == 0 ? [] : new object[_localCount],
            _cellCount == 0 ? null : new StrongBox<object>[_cellCount], _code.FirstLine);

    private PyGenerator StartGenerator(Frame frame)
    {
        Prologue(frame);
        frame.InUse = false;
        return new PyGenerator(new Body(_body!, frame), frame.Function.Name, frame.Function.QualifiedName);
    }

    private sealed class Body(ExecStmt body, Frame frame) : GeneratorBody
    {
        public override int Line => frame.Line;

        public override bool Resume(object sent, PyException? thrown, out object value)
        {
            var frames = frame.Frames;
            PyFrames.Enter(frames);
            try
            {
                frame.ResumeState = frame.SuspendedAt;
                frame.Sent = sent;
                frame.Thrown = thrown;
                if (frame.SuspendedAt == 0 && thrown is not null)
                {
                    // Thrown into a generator that has not started: raised before its first line.
                    frame.Thrown = null;
                    throw thrown;
                }
                var completion = body.Execute(frame);
                PyFrames.Exit(frames);
                if (completion == Completion.Yield)
                {
                    value = frame.Yielded!;
                    frame.Yielded = null;
                    return true;
                }
                value = frame.ReturnValue ?? PyNone.Instance;
                return false;
            }
            catch (Exception error) when (PyFrames.ShouldConvert(error, frames, frame.Function, frame.Line))
            {
                throw PyFrames.Unwind(error, frames, frame.Function, frame.Line);
            }
        }

        public override void Release()
        {
            Array.Clear(frame.Locals);
            if (frame.Cells is { } cells) Array.Clear(cells);
            frame.ReturnValue = null;
            frame.Yielded = null;
        }
    }
}
