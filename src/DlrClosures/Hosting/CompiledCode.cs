using System.Runtime.Remoting;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Hosting;

/// <summary>
/// Source compiled once and runnable many times, in any number of scopes. Function bodies are
/// compiled to IL on their first call and shared by every run.
/// </summary>
/// <remarks>
/// Thread-safe: any number of threads may run one <see cref="CompiledCode"/> at once, each in a scope
/// of its own (a scope that two threads mutate at once is not safe; see docs/hosting.md, "Threads").
/// </remarks>
public sealed class CompiledCode
{
    private readonly PyCode _code;
    private ScriptScope? _defaultScope;

    internal CompiledCode(ScriptEngine engine, PyCode code)
    {
        Engine = engine;
        _code = code;
    }

    /// <summary>The engine that compiled this code.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>The scope <see cref="Execute()"/> runs in, created on first use.</summary>
    public ScriptScope DefaultScope => _defaultScope ??= Engine.CreateScope();

    /// <summary>Runs in <see cref="DefaultScope"/>.</summary>
    public object? Execute() => Execute(DefaultScope);

    /// <summary>
    /// Runs in <paramref name="scope"/>; returns an expression's value, else null. The value is in its
    /// host-facing form: None is null, an int an <c>int</c> when it fits, else a <c>long</c>, else a
    /// <see cref="System.Numerics.BigInteger"/>.
    /// </summary>
    /// <exception cref="Runtime.Exceptions.PyException">The script raised an exception.</exception>
    public object? Execute(ScriptScope scope) => Runtime.Interop.ClrConversion.ToObject(Engine.Run(_code, scope));

    /// <summary>Runs in <paramref name="scope"/> until the code ends or <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <exception cref="Runtime.Exceptions.ScriptCanceledException">The token was cancelled: the code ended at its next
    /// checkpoint (no script handler catches this; <c>finally</c> clauses ran). The same code runs normally next time.</exception>
    public object? Execute(ScriptScope scope, CancellationToken cancellationToken) => Execute(scope, null, cancellationToken);

    /// <summary>
    /// Runs in <paramref name="scope"/> under <paramref name="limits"/> (each set member replacing the runtime's
    /// default) and <paramref name="cancellationToken"/>; returns an expression's value (None as null), else null.
    /// </summary>
    /// <exception cref="Runtime.Exceptions.ScriptLimitException">The code went past a limit.</exception>
    /// <exception cref="Runtime.Exceptions.ScriptCanceledException">The token was cancelled.</exception>
    public object? Execute(ScriptScope scope, ScriptLimits? limits, CancellationToken cancellationToken = default)
    {
        return Runtime.Interop.ClrConversion.ToObject(Engine.Run(_code, scope, limits, cancellationToken));
    }

    /// <summary>Runs in <paramref name="scope"/> and converts the result to <typeparamref name="T"/> (as <see cref="ScriptScope.GetVariable{T}"/> converts).</summary>
    /// <exception cref="Runtime.Exceptions.PyException">The script raised, or its value has no conversion to <typeparamref name="T"/>.</exception>
    public T Execute<T>(ScriptScope scope) => ScriptScope.Convert<T>(Engine.Run(_code, scope));

    /// <summary>Runs in <see cref="DefaultScope"/> and converts the result to <typeparamref name="T"/>.</summary>
    public T Execute<T>() => Execute<T>(DefaultScope);

    /// <summary>
    /// Runs in <see cref="DefaultScope"/>; the result in an <see cref="ObjectHandle"/> (its
    /// <see cref="ObjectHandle.Unwrap"/> is what <see cref="Execute()"/> returns). IronPython hands
    /// handles across application domains; here it is a plain box, kept so IronPython hosts compile.
    /// </summary>
    public ObjectHandle ExecuteAndWrap() => new(Execute());

    /// <summary>Runs in <paramref name="scope"/>; the result in an <see cref="ObjectHandle"/>.</summary>
    public ObjectHandle ExecuteAndWrap(ScriptScope scope) => new(Execute(scope));

    /// <summary>
    /// Runs in <paramref name="scope"/>; the result wrapped, or null when the code raised: then the
    /// exception (any exception, as in the DLR) is wrapped in <paramref name="exception"/> instead of
    /// thrown, for <see cref="ExceptionOperations"/> to read.
    /// </summary>
    public ObjectHandle? ExecuteAndWrap(ScriptScope scope, out ObjectHandle? exception) => Wrap(() => Execute(scope), out exception);

    // The DLR's ExecuteAndWrap(..., out ObjectHandle exception): every exception becomes a handle.
    internal static ObjectHandle? Wrap(Func<object?> run, out ObjectHandle? exception)
    {
        exception = null;
        try
        {
            return new ObjectHandle(run());
        }
        catch (Exception error)
        {
            exception = new ObjectHandle(error);
            return null;
        }
    }
}
