using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Generators;

/// <summary>
/// <c>yield from</c>'s delegation (PEP 380; YIELD_FROM / SEND in CPython 3.11): the iterator of the
/// operand receives each value sent and each exception thrown into the delegating generator, and
/// what it returns is the value of the expression. A generator delegate is driven directly
/// (<see cref="PyGenerator.Step"/>, no StopIteration); any other iterator by <c>__next__</c>, and by
/// its <c>send</c>, <c>throw</c> and <c>close</c> methods when they are used.
/// </summary>
internal static class PyYieldFrom
{
    /// <summary>The delegate: the operand's iterator (a generator is its own).</summary>
    public static object Start(object iterable) => iterable is PyGenerator generator ? generator : PyIteration.GetIterator(iterable);

    /// <summary>
    /// Resumes the delegate: first with None, then with what was sent or thrown. True: it yielded
    /// <paramref name="value"/>; false: it finished, and <paramref name="value"/> is its return value.
    /// </summary>
    public static bool Resume(object @delegate, object sent, PyException? thrown, out object value)
    {
        if (thrown is not null) return Throw(@delegate, thrown, out value);
        if (@delegate is PyGenerator generator) return generator.Step(sent, null, out value);
        if (sent is PyNone)
        {
            if (((PyIterator)@delegate).MoveNext(out value)) return true;
            value = PyNone.Instance;
            return false;
        }
        return CallMethod(PyAttributes.GetAttr(@delegate, "send"), [sent], out value);
    }

    // GeneratorExit closes the delegate and goes on in the delegating generator; anything else
    // goes to the delegate's throw, when it has one.
    private static bool Throw(object @delegate, PyException thrown, out object value)
    {
        if (thrown.Type.IsSubclassOf(PyExceptionType.GeneratorExit))
        {
            if (@delegate is PyGenerator closing) closing.Close();
            else if (PyAttributes.TryGetAttr(@delegate, "close", out var close)) PyCalls.Call(close, []);
            throw thrown;
        }
        if (@delegate is PyGenerator generator) return generator.Step(PyNone.Instance, thrown, out value);
        if (!PyAttributes.TryGetAttr(@delegate, "throw", out var method)) throw thrown;
        return CallMethod(method, [thrown.Value], out value);
    }

    // A method of a non-generator delegate: its StopIteration ends the delegation with its value.
    private static bool CallMethod(object method, object[] args, out object value)
    {
        try
        {
            value = PyCalls.Call(method, args);
            return true;
        }
        catch (PyException error) when (error.Type.IsSubclassOf(PyExceptionType.StopIteration))
        {
            value = error.Value.Args.Count > 0 ? error.Value.Args.Items[0] : PyNone.Instance;
            return false;
        }
    }
}
