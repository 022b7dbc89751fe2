using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Generators;

/// <summary>
/// A generator object (Objects/genobject.c): what calling a generator function returns. It owns the
/// suspended body (<see cref="GeneratorBody"/>, made by whichever back end runs the function) and
/// implements the protocol around it: <c>__next__</c>, <c>send</c>, <c>throw</c>, <c>close</c>,
/// the running and finished states and CPython's errors for each.
/// </summary>
/// <remarks>
/// It is a <see cref="PyIterator"/>, so <c>for x in gen</c> and every builtin that iterates takes
/// one virtual call per item and no exception at the end: the body's return is a false
/// <see cref="Step"/>, not a StopIteration. The value it returned is kept for the one
/// <c>next()</c> or <c>__next__</c> that observes the end (<see cref="TakeStop"/>).
/// </remarks>
internal sealed class PyGenerator : PyIterator, IPyAttributes
{
    private GeneratorBody? _body;
    private bool _started;
    private bool _running;
    private object? _returned;

    public PyGenerator(GeneratorBody body, string name, string qualifiedName)
    {
        _body = body;
        Name = name;
        QualifiedName = qualifiedName;
    }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; private set; }

    /// <summary><c>__qualname__</c>.</summary>
    public string QualifiedName { get; private set; }

    public override string TypeName => "generator";

    public override bool MoveNext(out object value)
    {
        if (Step(PyNone.Instance, null, out value)) return true;
        _returned = value;
        return false;
    }

    /// <summary>
    /// One step of the body: true when it yielded <paramref name="value"/>; false when it has
    /// finished, with <paramref name="value"/> the value it returned (None when it had finished
    /// before). Exceptions from the body pass on; a StopIteration becomes a RuntimeError (PEP 479).
    /// </summary>
    public bool Step(object sent, PyException? thrown, out object value)
    {
        if (_running) throw PyErrors.ValueError(GeneratorMessages.AlreadyExecuting);
        var body = _body;
        if (body is null)
        {
            if (thrown is not null) throw thrown;
            value = PyNone.Instance;
            return false;
        }
        if (!_started && thrown is null && sent is not PyNone) throw PyErrors.TypeError(GeneratorMessages.NonNoneToJustStarted);
        _started = true;
        _running = true;
        try
        {
            if (body.Resume(sent, thrown, out value)) return true;
            Finish();
            return false;
        }
        catch (PyException error) when (error.Type.IsSubclassOf(PyExceptionType.StopIteration))
        {
            Finish();
            throw PyErrors.RuntimeError(GeneratorMessages.RaisedStopIteration);
        }
        catch
        {
            Finish();
            throw;
        }
        finally
        {
            _running = false;
        }
    }

    private void Finish()
    {
        _body?.Release();
        _body = null;
    }

    /// <summary>True once the body has returned or raised (or was closed).</summary>
    public bool IsFinished => _body is null;

    /// <summary>
    /// The StopIteration that <c>next()</c> raises at the end: with the value the body returned
    /// when this is the step that saw it return (and the value is not None), else empty.
    /// </summary>
    public PyException TakeStop()
    {
        var returned = _returned;
        _returned = null;
        return StopIteration(returned ?? PyNone.Instance);
    }

    /// <summary>StopIteration carrying a generator's return value (no argument for None, as _PyGen_SetStopIterationValue).</summary>
    public static PyException StopIteration(object value) => value is PyNone
        ? new PyException(PyExceptionType.StopIteration, "")
        : new PyExceptionObject(PyExceptionType.StopIteration, [value]).ToException();

    /// <summary><c>gen.send(value)</c>: the next value yielded, or StopIteration at the end.</summary>
    public object Send(object value)
    {
        if (Step(value, null, out var result)) return result;
        throw StopIteration(result);
    }

    /// <summary><c>gen.throw(type[, value[, traceback]])</c>: raises the exception at the yield the body is suspended at.</summary>
    public object Throw(object[] args)
    {
        PyArgs.Range("throw", args, null, 1, 3);
        if (args.Length > 2 && args[2] is not PyNone) throw PyErrors.TypeError(GeneratorMessages.ThirdArgumentTraceback);
        var thrown = MakeThrown(args[0], args.Length > 1 ? args[1] : PyNone.Instance);
        if (Step(PyNone.Instance, thrown, out var result)) return result;
        throw StopIteration(result);
    }

    private static readonly PyException NotAnException = PyExceptionHandling.ToRaise(PyNone.Instance);

    // gen_throw's argument rules: a class (with an optional value: its argument, or its instance),
    // or an instance with no separate value.
    private static PyException MakeThrown(object type, object value)
    {
        switch (type)
        {
            case PyExceptionType exceptionType when value is PyNone:
                return PyExceptionHandling.ToRaise(exceptionType);
            case PyExceptionType exceptionType when value is PyExceptionObject instance && instance.Type.IsSubclassOf(exceptionType):
                return instance.ToException();
            case PyExceptionType exceptionType:
                var args = value is PyTuple tuple ? tuple.Items : [value];
                return PyExceptionHandling.ToRaise(PyCalls.Call(exceptionType, args));
            case PyExceptionObject instance:
                if (value is not PyNone) throw PyErrors.TypeError(GeneratorMessages.InstanceWithValue);
                return instance.ToException();
            case PyType or Classes.PyInstance:
                // ToRaise hands back the TypeError to raise for a class or object that is no exception.
                var raised = PyExceptionHandling.ToRaise(value is PyNone ? type : PyCalls.Call(type, [value]));
                return raised.Value.Args.Count == 1 && raised.Type == PyExceptionType.TypeError && raised.Message == NotAnException.Message
                    ? throw PyErrors.TypeError(string.Format(GeneratorMessages.ThrowNeedsException, PyTypes.TypeName(type)))
                    : raised;
            default:
                throw PyErrors.TypeError(string.Format(GeneratorMessages.ThrowNeedsException, PyTypes.TypeName(type)));
        }
    }

    /// <summary>
    /// <c>gen.close()</c>: GeneratorExit raised at the yield the body is suspended at; the body must
    /// let it out (or return). A generator never started, or finished, is just marked finished.
    /// </summary>
    public object Close()
    {
        if (_body is null) return PyNone.Instance;
        if (!_started)
        {
            Finish();
            return PyNone.Instance;
        }
        try
        {
            if (Step(PyNone.Instance, new PyException(PyExceptionType.GeneratorExit, ""), out _))
                throw PyErrors.RuntimeError(GeneratorMessages.IgnoredGeneratorExit);
        }
        catch (PyException error) when (error.Type.IsSubclassOf(PyExceptionType.GeneratorExit))
        {
        }
        return PyNone.Instance;
    }

    /// <summary>
    /// The end of a <c>for</c> loop over a generator the loop made itself (a call or a generator
    /// expression, see <c>BoundFor.ClosesIterator</c>): the generator is closed, as CPython's
    /// reference counting closes it when the loop drops it. Anything else is left alone.
    /// </summary>
    public static void CloseOwned(PyIterator? iterator)
    {
        if (iterator is PyGenerator { _body: not null } generator) generator.Close();
    }

    /// <summary>CPython's repr: <c>&lt;generator object f at 0x...&gt;</c>.</summary>
    public string Repr() => $"<generator object {QualifiedName} at {PyObjectIds.HexIdOf(this)}>";

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "__name__": value = Name; return true;
            case "__qualname__": value = QualifiedName; return true;
            case "gi_running": value = _running; return true;
            case "send": value = Method(name, (args, kw) => Send(PyArgs.One("send", args, kw))); return true;
            case "throw": value = Method(name, (args, kw) => { PyArgs.NoKeywords("throw", kw); return Throw(args); }); return true;
            case "close": value = Method(name, (args, kw) => { PyArgs.None("close", args, kw); return Close(); }); return true;
            case "__next__":
                value = Method(name, (args, kw) =>
                {
                    PyArgs.None("__next__", args, kw);
                    return MoveNext(out var item) ? item : throw TakeStop();
                });
                return true;
            case "__iter__": value = Method(name, (args, kw) => { PyArgs.None("__iter__", args, kw); return this; }); return true;
        }
        value = PyNone.Instance;
        return false;
    }

    private PyBuiltinFunction Method(string name, Func<object[], string[]?, object> body) => new(name, body, this, "generator");

    public bool TrySetAttribute(string name, object value)
    {
        switch (name)
        {
            case "__name__": Name = value as string ?? throw PyErrors.TypeError(GeneratorMessages.NameMustBeString); return true;
            case "__qualname__": QualifiedName = value as string ?? throw PyErrors.TypeError(GeneratorMessages.QualNameMustBeString); return true;
        }
        return false;
    }
}
