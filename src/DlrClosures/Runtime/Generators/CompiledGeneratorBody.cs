using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Runtime.Generators;

/// <summary>
/// The heap frame of a generator whose body runs compiled: the compiled step keeps its locals in IL
/// variables while it runs, loads them from here when it resumes and stores them back when it
/// suspends (with the iterators and delegates it holds across a yield, <see cref="Extra"/>).
/// </summary>
internal sealed class GeneratorFrame(object[] locals, StrongBox<object>[] cells, int extraCount, int line)
{
    /// <summary>What a step returns when it suspended (the value is in <see cref="Yielded"/>); anything else is the return value.</summary>
    public static readonly object Suspended = new();

    public readonly object[] Locals = locals;
    public readonly StrongBox<object>[] Cells = cells;
    public readonly object?[] Extra = new object?[extraCount];

    /// <summary>The resume point to go on at (0: the start).</summary>
    public int State;

    /// <summary>The line of the statement the body is suspended in.</summary>
    public int Line = line;

    public object Sent = PyNone.Instance;
    public PyException? Thrown;
    public object? Yielded;

    /// <summary>At a resume point: the value sent in, or the exception thrown in, raised.</summary>
    public static object TakeSent(GeneratorFrame frame)
    {
        if (frame.Thrown is { } thrown)
        {
            frame.Thrown = null;
            throw thrown;
        }
        var sent = frame.Sent;
        frame.Sent = PyNone.Instance;
        return sent;
    }

    /// <summary>One step of <c>yield from</c>'s delegate with what was sent or thrown in; true when it yielded (<see cref="Yielded"/>).</summary>
    public static bool Delegate(GeneratorFrame frame, object @delegate)
    {
        var (sent, thrown) = (frame.Sent, frame.Thrown);
        (frame.Sent, frame.Thrown) = (PyNone.Instance, null);
        bool yielded = PyYieldFrom.Resume(@delegate, sent, thrown, out var value);
        frame.Yielded = value;
        return yielded;
    }

    /// <summary>The delegate's return value, once <see cref="Delegate"/> said it finished.</summary>
    public static object TakeYielded(GeneratorFrame frame)
    {
        var value = frame.Yielded!;
        frame.Yielded = null;
        return value;
    }
}

/// <summary>The compiled step of a generator's body (CodeLowerer.Generators.cs): runs from <see cref="GeneratorFrame.State"/> to the next yield or the end.</summary>
internal delegate object GeneratorStep(PyFunction function, FrameCounter frames, GeneratorFrame frame);

/// <summary>A generator's body running compiled: its heap frame and its compiled step.</summary>
internal sealed class CompiledGeneratorBody(GeneratorStep step, PyFunction function, GeneratorFrame frame) : GeneratorBody
{
    /// <summary>The generator a call of a compiled generator function returns (its entry point's result).</summary>
    public static object Start(GeneratorStep step, PyFunction function, object[] locals, StrongBox<object>[] cells, int extraCount, int line) =>
        new PyGenerator(new CompiledGeneratorBody(step, function, new GeneratorFrame(locals, cells, extraCount, line)),
            function.Name, function.QualifiedName);

    public override int Line => frame.Line;

    public override bool Resume(object sent, PyException? thrown, out object value)
    {
        // Thrown into a generator that has not started: raised before its first line.
        if (frame.State == 0 && thrown is not null) throw thrown;
        frame.Sent = sent;
        frame.Thrown = thrown;
        var result = step(function, PyFrames.Counter, frame);
        if (ReferenceEquals(result, GeneratorFrame.Suspended))
        {
            value = frame.Yielded!;
            frame.Yielded = null;
            return true;
        }
        value = result;
        return false;
    }

    public override void Release()
    {
        Array.Clear(frame.Locals);
        Array.Clear(frame.Cells);
        Array.Clear(frame.Extra);
        frame.Yielded = null;
    }
}
