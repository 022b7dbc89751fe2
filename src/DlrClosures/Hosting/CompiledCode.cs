using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Hosting;

/// <summary>
/// Source compiled once and runnable many times, in any number of scopes. Function bodies are
/// compiled to IL on their first call and shared by every run.
/// </summary>
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
        var result = Engine.Run(_code, scope, limits, cancellationToken);
        return result is PyNone ? null : result;
    }

    /// <summary>Runs in <paramref name="scope"/> and converts the result to <typeparamref name="T"/>.</summary>
    public T Execute<T>(ScriptScope scope) => (T)PyConversions.ToClr(Engine.Run(_code, scope), typeof(T))!;
}
