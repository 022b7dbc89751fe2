using DlrClosures.Runtime;

namespace DlrClosures.Hosting;

/// <summary>
/// The root of hosting: one runtime per isolated set of scripts, with its options and I/O. The
/// names follow Microsoft.Scripting.Hosting, so a host written for IronPython reads the same:
/// <code>
/// var engine = new ScriptRuntime().GetEngine("python");
/// var scope = engine.CreateScope();
/// engine.Execute("def outer(a):\n    def inner(b):\n        return a + b\n    return inner\nadd_five = outer(5)", scope);
/// var addFive = scope.GetVariable&lt;Func&lt;object, object&gt;&gt;("add_five");   // addFive(3) is 8
/// </code>
/// </summary>
public sealed class ScriptRuntime
{
    private static readonly string[] s_languageNames = ["python", "py", "dlrclosures"];
    private readonly ScriptEngine _engine;

    /// <summary>A runtime with default options.</summary>
    public ScriptRuntime() : this(new ScriptRuntimeSetup()) { }

    /// <summary>A runtime with the options of <paramref name="setup"/>.</summary>
    public ScriptRuntime(ScriptRuntimeSetup setup)
    {
        Setup = setup ?? throw new ArgumentNullException(nameof(setup));
        if (setup.RecursionLimit < 1) throw new ArgumentOutOfRangeException(nameof(setup), "RecursionLimit must be positive");
        if (setup.IntMaxStrDigits != 0 && setup.IntMaxStrDigits < Runtime.Operations.IntDigits.MinMaxStrDigits)
            throw new ArgumentOutOfRangeException(nameof(setup), "IntMaxStrDigits must be 0 or at least 640");
        if (setup.ExecutionMode is not (ExecutionMode.Compile or ExecutionMode.Interpret)) throw new ArgumentOutOfRangeException(nameof(setup), "unknown ExecutionMode");
        ScriptLimits.Validate(setup.TimeLimit, setup.MaxStatements, setup.MemoryLimit, setup.MaxOutputBytes, nameof(setup));
        Context = new PyRuntimeContext
        {
            RecursionLimit = setup.RecursionLimit,
            Limits = new(setup.TimeLimit, setup.MaxStatements, setup.MemoryLimit, setup.MaxOutputBytes),
        };
        Context.SetIntMaxStrDigits(setup.IntMaxStrDigits);
        IO = new ScriptIO(Context);
        _engine = new ScriptEngine(this);
        Globals = _engine.CreateScope();
    }

    /// <summary>The options this runtime was created with.</summary>
    public ScriptRuntimeSetup Setup { get; }

    /// <summary>Where scripts print.</summary>
    public ScriptIO IO { get; }

    /// <summary>What the runtime gives every module of its scripts: output and recursion limit.</summary>
    internal PyRuntimeContext Context { get; }

    /// <summary>A scope shared by the host and scripts that are run without a scope of their own.</summary>
    public ScriptScope Globals { get; }

    /// <summary>The engine for <paramref name="languageName"/>: "python" or "py" (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No engine has that name.</exception>
    public ScriptEngine GetEngine(string languageName) =>
        s_languageNames.Contains(languageName, StringComparer.OrdinalIgnoreCase)
            ? _engine
            : throw new ArgumentException($"unknown language name: '{languageName}'", nameof(languageName));

    /// <summary>The engine for files ending in <paramref name="fileExtension"/> (".py").</summary>
    public ScriptEngine GetEngineByFileExtension(string fileExtension) =>
        string.Equals(fileExtension.TrimStart('.'), "py", StringComparison.OrdinalIgnoreCase)
            ? _engine
            : throw new ArgumentException($"unknown file extension: '{fileExtension}'", nameof(fileExtension));

    /// <summary>A new, empty scope.</summary>
    public ScriptScope CreateScope() => _engine.CreateScope();

    /// <summary>
    /// Raises <c>KeyboardInterrupt</c> in the script code of this runtime that is running now (on any
    /// thread), at its next checkpoint: the entry of a function or the next loop iteration. Unlike a
    /// limit, it is an ordinary Python exception: <c>except KeyboardInterrupt</c> (or
    /// <c>BaseException</c>, or a bare <c>except</c>) catches it, <c>finally</c> runs, and uncaught it
    /// reaches the host as a <see cref="Runtime.Exceptions.PyException"/> with a traceback. This is
    /// what <c>dlrc</c> does on Ctrl-C (SIGINT), as CPython does.
    /// </summary>
    /// <returns>False when no script of this runtime is running: nothing is raised later either.</returns>
    public bool Interrupt() => Context.RequestInterrupt();

    /// <summary>Runs the file at <paramref name="path"/> in a new scope and returns that scope.</summary>
    public ScriptScope ExecuteFile(string path)
    {
        var scope = CreateScope();
        _engine.ExecuteFile(path, scope);
        return scope;
    }
}
