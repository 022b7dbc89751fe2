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

    /// <summary>A runtime with the options of <paramref name="setup"/> (its named <see cref="ScriptRuntimeSetup.Options"/> applied to its members first).</summary>
    /// <exception cref="ArgumentException">An option is unknown or out of range.</exception>
    public ScriptRuntime(ScriptRuntimeSetup setup)
    {
        Setup = setup ?? throw new ArgumentNullException(nameof(setup));
        var (searchPaths, arguments, executable) = PythonOptions.Apply(setup);
        if (setup.RecursionLimit < 1) throw new ArgumentOutOfRangeException(nameof(setup), "RecursionLimit must be positive");
        if (setup.IntMaxStrDigits != 0 && setup.IntMaxStrDigits < Runtime.Operations.IntDigits.MinMaxStrDigits)
            throw new ArgumentOutOfRangeException(nameof(setup), "IntMaxStrDigits must be 0 or at least 640");
        if (setup.ExecutionMode is not (ExecutionMode.Compile or ExecutionMode.Interpret)) throw new ArgumentOutOfRangeException(nameof(setup), "unknown ExecutionMode");
        ScriptLimits.Validate(setup.TimeLimit, setup.MaxStatements, setup.MemoryLimit, setup.MaxOutputBytes, nameof(setup));
        Context = new PyRuntimeContext
        {
            RecursionLimit = setup.RecursionLimit,
            Limits = new(setup.TimeLimit, setup.MaxStatements, setup.MemoryLimit, setup.MaxOutputBytes),
            Permissions = (setup.Permissions ?? throw new ArgumentNullException(nameof(setup), "Permissions must not be null")).Freeze(),
        };
        Context.SetIntMaxStrDigits(setup.IntMaxStrDigits);
        Context.Compiler = (text, file, mode) => _engine!.Compile(new Text.SourceText(text, file), mode switch
        {
            "eval" => SourceCodeKind.Expression,
            "single" => SourceCodeKind.InteractiveCode,
            _ => SourceCodeKind.File,
        });
        IO = new ScriptIO(Context);
        _engine = new ScriptEngine(this);
        if (searchPaths is not null) _engine.SetSearchPaths(searchPaths);
        if (arguments is not null) Context.Imports.SetArguments(arguments);
        if (executable is not null) Context.Imports.Sys.Globals.SetValue("executable", executable);
        Globals = _engine.CreateScope();
        Context.HostGlobals = Globals.Globals;
    }

    /// <summary>The options this runtime was created with.</summary>
    public ScriptRuntimeSetup Setup { get; }

    /// <summary>Where scripts print.</summary>
    public ScriptIO IO { get; }

    /// <summary>What the runtime gives every module of its scripts: output and recursion limit.</summary>
    internal PyRuntimeContext Context { get; }

    /// <summary>
    /// The namespace the host shares with every script of this runtime. A global name a script reads
    /// that neither its module nor the builtins bind is looked up here (after the builtins, so a host's
    /// name never changes what <c>len</c> or <c>print</c> means), in whatever scope the script runs:
    /// <c>runtime.Globals.SetVariable("app", app)</c> makes <c>app</c> readable by every script, and
    /// <see cref="LoadAssembly"/> puts the namespaces of an assembly here. A script's own assignments
    /// go to its own module, never here. <c>import name</c> finds a namespace of .NET types here
    /// (<see cref="LoadAssembly"/>) when no module file of that name exists; modules that scripts
    /// import are kept in the runtime's <c>sys.modules</c>, not here.
    /// </summary>
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

    /// <summary>The names <see cref="GetEngine"/> accepts.</summary>
    public IReadOnlyList<string> GetRegisteredLanguageNames() => s_languageNames;

    /// <summary>The file extensions <see cref="GetEngineByFileExtension"/> accepts: ".py".</summary>
    public IReadOnlyList<string> GetRegisteredFileExtensions() => [".py"];

    /// <summary>An <see cref="ObjectOperations"/> of the Python engine, with a cache of its own.</summary>
    public ObjectOperations CreateOperations() => _engine.CreateOperations();

    /// <summary>An <see cref="ObjectOperations"/> of the engine named <paramref name="languageName"/>.</summary>
    /// <exception cref="ArgumentException">No engine has that name.</exception>
    public ObjectOperations CreateOperations(string languageName) => GetEngine(languageName).CreateOperations();

    private readonly Dictionary<string, ClrNamespace> _namespaces = new(StringComparer.Ordinal);
    private readonly List<System.Reflection.Assembly> _assemblies = [];

    /// <summary>
    /// Makes the public types of <paramref name="assembly"/> reachable by scripts of this runtime: each
    /// top-level namespace of the assembly (<c>System</c>, <c>MyCompany</c>) is bound in
    /// <see cref="Globals"/> to a namespace object whose attributes are its nested namespaces and types,
    /// so a script writes <c>System.Text.StringBuilder()</c> (IronPython first needs <c>import System</c>;
    /// here the name is visible at once, through <see cref="Globals"/>, and <c>import System</c> finds the
    /// same object when no module file is named so). Loading an assembly twice does nothing more;
    /// a second assembly with the same namespace adds its types to it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    public void LoadAssembly(System.Reflection.Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        lock (_namespaces)
        {
            if (_assemblies.Contains(assembly)) return;
            _assemblies.Add(assembly);
            var roots = assembly.GetExportedTypes()
                .Select(t => t.Namespace).OfType<string>().Select(ns => ns.Split('.')[0]).Distinct();
            foreach (var root in roots)
            {
                if (!_namespaces.TryGetValue(root, out var ns))
                {
                    ns = new ClrNamespace(root);
                    _namespaces.Add(root, ns);
                    Globals.Globals.SetValue(root, ns);
                }
                ns.Add(assembly);
            }
        }
    }

    /// <summary>The assemblies <see cref="LoadAssembly"/> loaded, in order.</summary>
    public IReadOnlyList<System.Reflection.Assembly> GetLoadedAssemblies()
    {
        lock (_namespaces) return _assemblies.ToList();
    }

    /// <summary>
    /// Ends the runtime's work: flushes the scripts' output and error writers, as IronPython's shutdown
    /// does (it also runs <c>atexit</c> handlers, which DlrClosures will run here once it has the
    /// <c>atexit</c> module). Calling it again does nothing more; the runtime stays usable, as in the DLR.
    /// </summary>
    public void Shutdown()
    {
        IO.OutputWriter.Flush();
        IO.ErrorWriter.Flush();
    }
}
