using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Tests.Fuzzing;

/// <summary>How one input ended.</summary>
/// <param name="Kind">"ok", "Python: TypeName", "limit: TypeName", or, for a bug, "BUG: ...".</param>
/// <param name="Detail">For a bug: the exception or the reason.</param>
/// <param name="Stdout">What the input printed before it ended.</param>
/// <param name="Error">For a Python exception: its last traceback line (<c>Type: message</c>), as CPython prints it.</param>
internal sealed record FuzzOutcome(string Kind, string? Detail = null, string Stdout = "", string? Error = null)
{
    public bool IsBug => Kind.StartsWith("BUG", StringComparison.Ordinal);

    public bool IsLimit => Kind.StartsWith("limit", StringComparison.Ordinal);
}

/// <summary>
/// Runs inputs as a host would, on a thread with .NET's default 1 MB stack, under a short time limit
/// and small memory and output budgets, and sorts each ending: normal completion, a Python exception
/// (whose message is not an internal error), a limit, or a bug (any other .NET exception, an internal
/// error, or no answer within <see cref="HangAfter"/>, which a limit would have given). A process
/// crash ends the run, which is the loudest failure of all. One engine per mode is kept for the whole
/// run, so every input also checks that the one before left the engine usable.
/// </summary>
internal sealed class FuzzRunner
{
    private const int HostStack = 1024 * 1024;

    /// <summary>Long enough that only an input the limits cannot stop reaches it, on a loaded machine.</summary>
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(30);

    private readonly ScriptEngine _engine;
    private readonly StringWriter _output = new() { NewLine = "\n" };

    /// <param name="timeLimit">Each input's time limit: 100 ms unless given.</param>
    public FuzzRunner(ExecutionMode mode, TimeSpan? timeLimit = null)
        : this(mode == ExecutionMode.Compile ? FuzzEngine.Compile : FuzzEngine.Interpret, timeLimit)
    {
    }

    /// <param name="engine">Which engine, or both with calls switching between them (<see cref="FuzzEngine.Tiered"/>).</param>
    /// <param name="timeLimit">Each input's time limit: 100 ms unless given.</param>
    public FuzzRunner(FuzzEngine engine, TimeSpan? timeLimit = null)
    {
        var setup = new ScriptRuntimeSetup
        {
            ExecutionMode = engine == FuzzEngine.Interpret ? ExecutionMode.Interpret : ExecutionMode.Compile,
            TimeLimit = timeLimit ?? TimeSpan.FromMilliseconds(100),
            MemoryLimit = 64_000_000,
            MaxOutputBytes = 64_000,
        };
        if (engine == FuzzEngine.Tiered)
        {
            // Calls move between the engines as often as they can: functions start on the
            // interpreter, leave it at their first loop back edge and are compiled at their second call.
            setup.InterpretLoopFreeModules = true;
            setup.CompileThreshold = 2;
            setup.LoopCompileThreshold = 1;
        }
        var runtime = new ScriptRuntime(setup);
        runtime.IO.SetOutput(_output);
        runtime.IO.SetErrorOutput(_output);
        _engine = runtime.GetEngine("python");
    }

    public FuzzOutcome Run(string source)
    {
        _output.GetStringBuilder().Clear();
        FuzzOutcome? outcome = null;
        var thread = new Thread(() => outcome = Classify(source), HostStack) { IsBackground = true };
        thread.Start();
        if (!thread.Join(HangAfter)) return new FuzzOutcome("BUG: hang", $"no answer after {HangAfter.TotalSeconds} s");
        return outcome! with { Stdout = _output.ToString() };
    }

    private FuzzOutcome Classify(string source)
    {
        try
        {
            _engine.Execute(source, _engine.CreateScope());
            return new FuzzOutcome("ok");
        }
        catch (PyException e) when (e.Message.StartsWith("internal error", StringComparison.Ordinal))
        {
            return new FuzzOutcome("BUG: internal error", e.ToString());
        }
        catch (PyException e)
        {
            return new FuzzOutcome("Python: " + e.PythonType, Error: e.FormatExceptionOnly());
        }
        catch (ScriptLimitException e)
        {
            return new FuzzOutcome("limit: " + e.GetType().Name);
        }
        catch (Exception e)
        {
            return new FuzzOutcome("BUG: " + e.GetType().Name, e.ToString());
        }
    }
}

/// <summary>What a fuzz input runs on: the compiled engine, the interpreter, or both with calls switching between them (on-stack replacement).</summary>
internal enum FuzzEngine
{
    Compile,
    Interpret,
    Tiered,
}
