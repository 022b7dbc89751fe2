using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime;

/// <summary>
/// An exception instance as Python code sees it: what calling a built-in exception class
/// (<c>ValueError("x")</c>) returns, and what <c>raise</c> can carry in <see cref="PyException.Value"/>.
/// </summary>
/// <remarks>
/// Besides <c>args</c> it holds what CPython's BaseException holds (Objects/exceptions.c):
/// <c>__context__</c>, <c>__cause__</c>, <c>__suppress_context__</c>, <c>__traceback__</c> and a
/// <c>__dict__</c> (where <c>add_note</c> keeps <c>__notes__</c>). The traceback is the frames of
/// <see cref="Carrier"/>, the .NET exception that last raised this object, read as it unwinds.
/// </remarks>
internal sealed class PyExceptionObject : IPyAttributes
{
    private PyDict? _dict;

    // __traceback__ once assigned (with_traceback, or the attribute): a PyTraceback or None;
    // null while it is the carrier's.
    private object? _traceback;

    public PyExceptionObject(PyExceptionType type, object[] args)
    {
        Type = type;
        Args = new PyTuple(args);
    }

    public PyExceptionType Type { get; }

    /// <summary><c>args</c>: the constructor arguments (assignable: any iterable, kept as a tuple).</summary>
    public PyTuple Args { get; private set; }

    /// <summary><c>__context__</c>: the exception being handled when this one was raised, or null.</summary>
    public PyExceptionObject? Context { get; set; }

    /// <summary><c>__cause__</c>: what <c>raise ... from</c> named, or null.</summary>
    public PyExceptionObject? Cause { get; set; }

    /// <summary><c>__suppress_context__</c>: set by <c>raise ... from</c> (also <c>from None</c>), so the context is not printed.</summary>
    public bool SuppressContext { get; set; }

    /// <summary>The in-flight exception that last raised this object (or that the runtime raised and this object stands for).</summary>
    public PyException? Carrier { get; set; }

    /// <summary>BaseException_str, with KeyError_str's special case of repr for a single argument.</summary>
    public string Message => Args.Count switch
    {
        0 => "",
        1 when Type.IsSubclassOf(PyExceptionType.KeyError) => PyRepr.Repr(Args.Items[0]),
        1 => PyRepr.Str(Args.Items[0]),
        _ => PyRepr.Repr(Args),
    };

    /// <summary>
    /// The .NET exception that raises this object. Its traceback goes on from the one the object
    /// has (PyTraceBack_Here adds the raising frames in front of <c>__traceback__</c>).
    /// </summary>
    public PyException ToException()
    {
        var frames = TracebackFrames();
        var carrier = new PyException(Type, Message, this);
        if (frames.Count > 0) carrier.SeedFrames(frames);
        Carrier = carrier;
        _traceback = null;
        return carrier;
    }

    /// <summary>The frames of <c>__traceback__</c>, outermost first.</summary>
    public IReadOnlyList<TracebackFrame> TracebackFrames() => _traceback switch
    {
        PyTraceback tb => tb.Frames(),
        PyNone => [],
        _ => Carrier?.Traceback ?? [],
    };

    // The traceback object last made from the carrier's frames, and how many there were: reading
    // __traceback__ twice gives the same object while the exception does not move.
    private (PyException Carrier, int Count, PyTraceback Traceback)? _tracebackMade;

    /// <summary>The value of <c>__traceback__</c>: None, or a traceback object over the frames.</summary>
    public object Traceback
    {
        get
        {
            if (_traceback is not null) return _traceback;
            if (Carrier is not { FrameCount: > 0 } carrier) return PyNone.Instance;
            if (_tracebackMade is { } made && ReferenceEquals(made.Carrier, carrier) && made.Count == carrier.FrameCount) return made.Traceback;
            var traceback = new PyTraceback(carrier.Traceback, 0);
            _tracebackMade = (carrier, carrier.FrameCount, traceback);
            return traceback;
        }
    }

    /// <summary><c>__notes__</c> when it has been set (by <c>add_note</c> or directly), else null.</summary>
    public object? Notes => _dict is { } dict && dict.TryGetValue("__notes__", out var notes) ? notes : null;

    /// <summary>
    /// Sets <c>__context__</c> as _PyErr_SetObject does when this object is raised while
    /// <paramref name="handled"/> is being handled: a cycle through this object in the handled
    /// exception's chain is cut first (only at this object, so the chain printed stays finite).
    /// </summary>
    public void SetImplicitContext(PyExceptionObject handled)
    {
        if (ReferenceEquals(handled, this)) return;
        // Floyd's tortoise and hare, as CPython: stop on a cycle that does not pass through this object.
        var fast = handled;
        var slow = handled;
        bool advanceSlow = false;
        while (fast.Context is { } next)
        {
            if (ReferenceEquals(next, this))
            {
                fast.Context = null;
                break;
            }
            fast = next;
            if (ReferenceEquals(fast, slow)) break;
            if (advanceSlow) slow = slow.Context!;
            advanceSlow = !advanceSlow;
        }
        Context = handled;
    }

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "args": value = Args; return true;
            case "__class__": value = Type; return true;
            case "__context__": value = (object?)Context ?? PyNone.Instance; return true;
            case "__cause__": value = (object?)Cause ?? PyNone.Instance; return true;
            case "__suppress_context__": value = PyBool.Box(SuppressContext); return true;
            case "__traceback__": value = Traceback; return true;
            case "__dict__": value = _dict ??= new PyDict(); return true;
            case "add_note": value = new PyBuiltinFunction(name, AddNote, this, Type.Name); return true;
            case "with_traceback": value = new PyBuiltinFunction(name, WithTraceback, this, Type.Name); return true;
            // StopIteration.value: the generator's return value (StopIteration_init).
            case "value" when Type.IsSubclassOf(PyExceptionType.StopIteration):
                value = Args.Count > 0 ? Args.Items[0] : PyNone.Instance;
                return true;
        }
        if (_dict is { } dict && dict.TryGetValue(name, out value)) return true;
        value = PyNone.Instance;
        return false;
    }

    public bool TrySetAttribute(string name, object value)
    {
        switch (name)
        {
            case "args":
                Args = value as PyTuple ?? new PyTuple([.. PyIteration.ToList(value)]);
                return true;
            case "__context__":
                Context = ChainLink(value, ExceptionMessages.ContextMustBeException);
                return true;
            case "__cause__":
                Cause = ChainLink(value, ExceptionMessages.CauseMustBeException);
                SuppressContext = true;
                return true;
            case "__suppress_context__":
                SuppressContext = value is bool flag ? flag : throw PyErrors.TypeError(ExceptionMessages.SuppressContextMustBeBool);
                return true;
            case "__traceback__":
                _traceback = value is PyNone or PyTraceback ? value : throw PyErrors.TypeError(ExceptionMessages.TracebackMustBeTraceback);
                return true;
            case "__class__" or "__dict__" or "add_note" or "with_traceback":
                return false;
        }
        (_dict ??= new PyDict())[name] = value;
        return true;
    }

    /// <summary><c>del e.name</c>: an attribute of <c>__dict__</c>; the built-in ones refuse with CPython's words.</summary>
    public bool TryDeleteAttribute(string name) => name switch
    {
        "__cause__" or "__context__" or "__traceback__" or "args" => throw PyErrors.TypeError(ExceptionMessages.MayNotBeDeleted(name)),
        "__suppress_context__" => throw PyErrors.TypeError(ExceptionMessages.CannotDeleteNumeric),
        _ => _dict is { } dict && dict.Remove(name),
    };

    private static PyExceptionObject? ChainLink(object value, string message) => value switch
    {
        PyNone => null,
        PyExceptionObject exception => exception,
        _ => throw PyErrors.TypeError(message),
    };

    // BaseException.add_note (3.11): the note must be a str; __notes__ is made a list on first use.
    private object AddNote(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("add_note", kw);
        if (args.Length != 1) throw PyErrors.TypeError(ExceptionMessages.AddNoteTakesOne(args.Length));
        if (args[0] is not string) throw PyErrors.TypeError(ExceptionMessages.NoteMustBeStr(PyTypes.TypeName(args[0])));
        var dict = _dict ??= new PyDict();
        if (!dict.TryGetValue("__notes__", out var notes))
        {
            notes = new PyList();
            dict["__notes__"] = notes;
        }
        if (notes is not PyList list) throw PyErrors.TypeError(ExceptionMessages.NotesNotAList);
        list.Append(args[0]);
        return PyNone.Instance;
    }

    // BaseException.with_traceback: sets __traceback__ and returns the exception itself.
    private object WithTraceback(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("with_traceback", kw);
        if (args.Length != 1) throw PyErrors.TypeError(ExceptionMessages.WithTracebackTakesOne(args.Length));
        TrySetAttribute("__traceback__", args[0]);
        return this;
    }

    /// <summary>BaseException_repr: <c>ValueError('x')</c>; one argument shows without a trailing comma.</summary>
    public string Repr() => Args.Count == 1
        ? $"{Type.Name}({PyRepr.Repr(Args.Items[0])})"
        : Type.Name + PyRepr.Repr(Args);
}
