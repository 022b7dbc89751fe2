using DlrClosures.Binding;
using DlrClosures.Compilation;
using DlrClosures.Interpretation;
using DlrClosures.Parsing;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Limits;
using DlrClosures.Runtime.Operations;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Hosting;

/// <summary>
/// The Python engine of a <see cref="ScriptRuntime"/>: compiles and runs source in scopes.
/// Every error leaves the engine as a <see cref="PyException"/>, whose <see cref="PyException.PythonType"/>,
/// <see cref="Exception.Message"/> and <see cref="PyException.FormatTraceback"/> say what CPython would.
/// There is no separate <c>SyntaxErrorException</c> as in the DLR: a syntax error is a Python exception
/// (scripts raise and catch it through <c>compile</c> and <c>exec</c>), so it is a <see cref="PyException"/>
/// whose <see cref="PyException.SyntaxLocation"/> gives file, line, column and text; docs/hosting.md says why.
/// </summary>
public sealed class ScriptEngine
{
    internal ScriptEngine(ScriptRuntime runtime)
    {
        Runtime = runtime;
        ExecutionMode = runtime.Setup.ExecutionMode;
        _interpretLoopFreeModules = runtime.Setup.InterpretLoopFreeModules;
        _nestedCode = TieredCode.Factory(runtime.Setup.CompileThreshold, runtime.Setup.LoopCompileThreshold);
        // An imported module is compiled as the main script is, by this engine's mode.
        runtime.Context.Imports.CompileFile = path => Compile(new SourceText(File.ReadAllText(path), path), SourceCodeKind.File);
    }

    private readonly bool _interpretLoopFreeModules;

    // The code objects of the defs and lambdas of a module body (ScriptRuntimeSetup.CompileThreshold).
    private readonly Func<BoundCode, PyCode> _nestedCode;

    /// <summary>The runtime this engine belongs to.</summary>
    public ScriptRuntime Runtime { get; }

    /// <summary>Whether this engine compiles code to IL or interprets it (from <see cref="ScriptRuntimeSetup.ExecutionMode"/>).</summary>
    public ExecutionMode ExecutionMode { get; }

    /// <summary>"Python".</summary>
    public string LanguageName => "Python";

    /// <summary>The version of Python the engine follows: 3.11.</summary>
    public Version LanguageVersion { get; } = new(3, 11);

    private ObjectOperations? _operations;
    private ExceptionOperations? _exceptionOperations;
    private volatile string[] _searchPaths = [];

    /// <summary>The engine's shared <see cref="ObjectOperations"/> (safe to use from any thread).</summary>
    public ObjectOperations Operations => LazyInitializer.EnsureInitialized(ref _operations, () => new ObjectOperations(this));

    /// <summary>
    /// A new <see cref="ObjectOperations"/>. In the DLR each has its own call-site cache; here the
    /// operations share the runtime's, so this is equivalent to <see cref="Operations"/> and kept for
    /// IronPython hosts.
    /// </summary>
    public ObjectOperations CreateOperations() => new(this);

    /// <summary>A new <see cref="ObjectOperations"/> for values of <paramref name="scope"/>: the same as <see cref="CreateOperations()"/>, since every operation on a script object already runs in its own module's context.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public ObjectOperations CreateOperations(ScriptScope scope) =>
        scope is null ? throw new ArgumentNullException(nameof(scope)) : new(this);

    /// <summary>
    /// A service of the engine, as the DLR's <c>GetService</c>: <see cref="ExceptionOperations"/> and
    /// <see cref="ObjectOperations"/>; null for any other type. <paramref name="args"/> are ignored.
    /// </summary>
    public TService? GetService<TService>(params object[] args) where TService : class =>
        typeof(TService) == typeof(ExceptionOperations) ? (TService)(object)LazyInitializer.EnsureInitialized(ref _exceptionOperations, () => new ExceptionOperations(this))
        : typeof(TService) == typeof(ObjectOperations) ? (TService)(object)Operations
        : null;

    /// <summary>
    /// Sets the folders <c>import</c> searches for modules (<c>m.py</c>, or a package folder <c>m/</c>
    /// with its <c>__init__.py</c>), in order, after the folder of the main script when the script
    /// runs from a file; a script run from a string has only these. They make up <c>sys.path</c>
    /// after that folder, replacing the ones set before (a script may change <c>sys.path</c> itself).
    /// Modules in these folders are always importable, whatever <see cref="ScriptRuntimeSetup.Permissions"/>
    /// says: the host chose them. A folder a script adds to <c>sys.path</c> is searched only when the
    /// runtime may read files (<see cref="ScriptPermissions.FileSystem"/>, below its root if set).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of its items is null.</exception>
    public void SetSearchPaths(ICollection<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var copy = paths.ToArray();
        if (copy.Any(path => path is null)) throw new ArgumentNullException(nameof(paths), "a search path is null");
        _searchPaths = copy;
        Runtime.Context.Imports.SetHostPaths(copy);
    }

    /// <summary>The folders set by <see cref="SetSearchPaths"/>, in order (a copy; empty by default).</summary>
    public ICollection<string> GetSearchPaths() => _searchPaths.ToList();

    /// <summary>
    /// The report CPython prints for an uncaught exception: the traceback and the final
    /// <c>Type: message</c> line for a <see cref="PyException"/>; for a limit (<see cref="ScriptLimitException"/>,
    /// <see cref="ScriptCanceledException"/>), which has no Python traceback, its .NET type and message;
    /// for anything else, the Python exception it would become.
    /// </summary>
    public string FormatException(Exception exception) => exception switch
    {
        PyException python => python.FormatTraceback(),
        _ when PyLimits.IsLimit(exception) => $"{exception.GetType().Name}: {exception.Message}\n",
        _ => PyExceptionConverter.ToPython(exception).FormatTraceback(),
    };

    // Python/pythonrun.c handle_system_exit: the exit status a SystemExit asks for.
    internal int ExitStatus(PyException exit)
    {
        var args = exit.Value.Args.Items;
        object code = args.Length switch { 0 => PyNone.Instance, 1 => args[0], _ => exit.Value.Args };
        switch (code)
        {
            case PyNone:
                return 0;
            case long value:
                return unchecked((int)value);
            case bool flag:
                return flag ? 1 : 0;
            default:
                Runtime.IO.ErrorWriter.Write(PyRepr.Str(code) + "\n");
                Runtime.IO.ErrorWriter.Flush();
                return 1;
        }
    }

    /// <summary>A new, empty scope.</summary>
    public ScriptScope CreateScope() => new(this, new PyGlobals { Context = Runtime.Context });

    /// <summary>A new scope holding <paramref name="variables"/> (converted as <see cref="ScriptScope.SetVariable(string, object)"/> does).</summary>
    public ScriptScope CreateScope(IDictionary<string, object?> variables)
    {
        var scope = CreateScope();
        foreach (var (name, value) in variables) scope.SetVariable(name, value);
        return scope;
    }

    /// <summary>Runs <paramref name="code"/> in a new scope; returns the value of an expression, else null.</summary>
    public object? Execute(string code) => Execute(code, CreateScope());

    /// <summary>Runs <paramref name="code"/> in <paramref name="scope"/>; returns the value of an expression, else null.</summary>
    public object? Execute(string code, ScriptScope scope) => CreateScriptSourceFromString(code).Execute(scope);

    /// <summary>
    /// Runs <paramref name="code"/> in <paramref name="scope"/> until it ends or
    /// <paramref name="cancellationToken"/> is cancelled; returns the value of an expression, else null.
    /// </summary>
    /// <exception cref="ScriptCanceledException">The token was cancelled: the script ended at its next
    /// checkpoint (no script handler catches this; <c>finally</c> clauses ran).</exception>
    /// <exception cref="ScriptLimitException">The script went past a limit of the runtime (<see cref="ScriptRuntimeSetup"/>).</exception>
    public object? Execute(string code, ScriptScope scope, CancellationToken cancellationToken) =>
        CreateScriptSourceFromString(code).Compile().Execute(scope, cancellationToken);

    /// <summary>
    /// Runs <paramref name="code"/> in <paramref name="scope"/> under <paramref name="limits"/> (each set
    /// member replacing the runtime's default) and <paramref name="cancellationToken"/>; returns the value of an expression, else null.
    /// </summary>
    /// <exception cref="ScriptLimitException">The script went past a limit: <see cref="ScriptTimeoutException"/>,
    /// <see cref="ScriptStatementLimitException"/>, <see cref="ScriptMemoryLimitException"/> or <see cref="ScriptOutputLimitException"/>.</exception>
    /// <exception cref="ScriptCanceledException">The token was cancelled.</exception>
    public object? Execute(string code, ScriptScope scope, ScriptLimits limits, CancellationToken cancellationToken = default) =>
        CreateScriptSourceFromString(code).Compile().Execute(scope, limits, cancellationToken);

    /// <summary>Runs <paramref name="code"/> in a new scope; its value in an <see cref="System.Runtime.Remoting.ObjectHandle"/> (see <see cref="CompiledCode.ExecuteAndWrap()"/>).</summary>
    public System.Runtime.Remoting.ObjectHandle ExecuteAndWrap(string code) => CreateScriptSourceFromString(code).ExecuteAndWrap();

    /// <summary>Runs <paramref name="code"/> in <paramref name="scope"/>; its value in an <see cref="System.Runtime.Remoting.ObjectHandle"/>.</summary>
    public System.Runtime.Remoting.ObjectHandle ExecuteAndWrap(string code, ScriptScope scope) =>
        CreateScriptSourceFromString(code).ExecuteAndWrap(scope);

    /// <summary>
    /// Runs <paramref name="code"/> in a new scope; its value wrapped, or null with the exception (a
    /// syntax error included) wrapped in <paramref name="exception"/> instead of thrown.
    /// </summary>
    public System.Runtime.Remoting.ObjectHandle? ExecuteAndWrap(string code, out System.Runtime.Remoting.ObjectHandle? exception) =>
        ExecuteAndWrap(code, CreateScope(), out exception);

    /// <summary>Runs <paramref name="code"/> in <paramref name="scope"/>; its value wrapped, or null with the exception wrapped in <paramref name="exception"/>.</summary>
    public System.Runtime.Remoting.ObjectHandle? ExecuteAndWrap(string code, ScriptScope scope, out System.Runtime.Remoting.ObjectHandle? exception) =>
        CreateScriptSourceFromString(code).ExecuteAndWrap(scope, out exception);

    /// <summary>Runs <paramref name="code"/> in a new scope and converts its value to <typeparamref name="T"/>.</summary>
    public T Execute<T>(string code) => Execute<T>(code, CreateScope());

    /// <summary>Runs <paramref name="code"/> in <paramref name="scope"/> and converts its value to <typeparamref name="T"/>.</summary>
    public T Execute<T>(string code, ScriptScope scope) => CreateScriptSourceFromString(code).Execute<T>(scope);

    /// <summary>Runs the file at <paramref name="path"/> in a new scope and returns the scope.</summary>
    public ScriptScope ExecuteFile(string path)
    {
        var scope = CreateScope();
        ExecuteFile(path, scope);
        return scope;
    }

    /// <summary>Runs the file at <paramref name="path"/> in <paramref name="scope"/>.</summary>
    public ScriptScope ExecuteFile(string path, ScriptScope scope)
    {
        CreateScriptSourceFromFile(path).Execute(scope);
        return scope;
    }

    /// <summary>Source text, reported as <c>&lt;string&gt;</c> in tracebacks.</summary>
    public ScriptSource CreateScriptSourceFromString(string code) =>
        CreateScriptSourceFromString(code, SourceCodeKind.AutoDetect);

    /// <summary>Source text of the given kind.</summary>
    public ScriptSource CreateScriptSourceFromString(string code, SourceCodeKind kind) =>
        new(this, new SourceText(code, "<string>"), kind);

    /// <summary>Source text reported under <paramref name="path"/> in tracebacks.</summary>
    public ScriptSource CreateScriptSourceFromString(string code, string path) =>
        CreateScriptSourceFromString(code, path, SourceCodeKind.AutoDetect);

    /// <summary>Source text of the given kind, reported under <paramref name="path"/>.</summary>
    public ScriptSource CreateScriptSourceFromString(string code, string path, SourceCodeKind kind) =>
        new(this, new SourceText(code, path), kind);

    /// <summary>The file at <paramref name="path"/>, read now as UTF-8 (a byte-order mark is honoured).</summary>
    public ScriptSource CreateScriptSourceFromFile(string path) => CreateScriptSourceFromFile(path, System.Text.Encoding.UTF8);

    /// <summary>The file at <paramref name="path"/>, read now in <paramref name="encoding"/> (a byte-order mark is honoured).</summary>
    public ScriptSource CreateScriptSourceFromFile(string path, System.Text.Encoding encoding) =>
        CreateScriptSourceFromFile(path, encoding, SourceCodeKind.File);

    /// <summary>The file at <paramref name="path"/>, read now in <paramref name="encoding"/>, to be compiled as <paramref name="kind"/>.</summary>
    public ScriptSource CreateScriptSourceFromFile(string path, System.Text.Encoding encoding, SourceCodeKind kind) =>
        new(this, new SourceText(File.ReadAllText(path, encoding), path), kind);

    /// <summary>Parses, analyses, binds and prepares <paramref name="source"/> for the engine; every compile-time error is raised here.</summary>
    internal PyCode Compile(SourceText source, SourceCodeKind kind)
    {
        CompilerWarmUp.Wait();
        try
        {
            var (module, mode) = Parse(source, kind);
            // The passes after parsing move to a large stack when the tree is too deep for the caller's.
            return LargeStack.Run(() =>
            {
                var bound = Binder.Bind(module, ScopeAnalyzer.Analyze(module), mode);
                return ExecutionMode switch
                {
                    ExecutionMode.Interpret => Interpreter.Prepare(bound),
                    // A module body without loops runs each statement once (ScriptRuntimeSetup.InterpretLoopFreeModules),
                    // and one too deep or large for the IL compiler runs on the interpreter instead.
                    _ when (_interpretLoopFreeModules && !bound.HasLoops) || Lowerer.ExceedsCompilerLimits(bound) =>
                        Interpreter.Prepare(bound, _nestedCode),
                    _ => Lowerer.Lower(bound, _nestedCode),
                };
            });
        }
        catch (Exception error) when (error is not PyException)
        {
            // A defect of the compiler, not of the script: still a Python exception for the host.
            throw PyExceptionConverter.ToPython(error);
        }
    }

    // AutoDetect parses once: a module whose body is one expression statement is evaluated for its
    // value. The expression parser is only asked when the text is no module at all, for what eval()
    // accepts and a module does not (an expression with leading indentation).
    private static (ModuleNode, CompileMode) Parse(SourceText source, SourceCodeKind kind)
    {
        SourceEncoding.EnsureEncodable(source.Text);
        if (kind == SourceCodeKind.Expression)
            return PythonParser.TryParseExpression(source) is { } expression
                ? (AsModule(expression, source), CompileMode.Eval)
                : throw InvalidExpression(source);
        ModuleNode module;
        try
        {
            module = PythonParser.ParseModule(source);
        }
        catch (PyException) when (kind == SourceCodeKind.AutoDetect && PythonParser.TryParseExpression(source) is { } expression)
        {
            return (AsModule(expression, source), CompileMode.Eval);
        }
        var mode = kind switch
        {
            SourceCodeKind.InteractiveCode => CompileMode.Interactive,
            SourceCodeKind.AutoDetect when module.Body is [ExprStmt] => CompileMode.Eval,
            _ => CompileMode.Exec,
        };
        return (module, mode);
    }

    private static ModuleNode AsModule(Expr expression, SourceText source) =>
        new([new ExprStmt(expression, expression.Span)], source, expression.Span);

    private static PyException InvalidExpression(SourceText source)
    {
        PythonParser.ParseModule(source); // reports the syntax error, if there is one
        return PyErrors.SyntaxError("invalid syntax", source, SourceSpan.None);
    }

    /// <summary>
    /// Code run from a file is a main script, as under <c>python3 file.py</c>: its folder comes first in
    /// <c>sys.path</c>, and its scope gets <c>__file__</c> (full path) unless the host set one.
    /// </summary>
    private void MainScript(PyCode code, ScriptScope scope)
    {
        string path = code.Source.Path;
        if (path.StartsWith('<') || !File.Exists(path)) return;
        string full = Path.GetFullPath(path);
        Runtime.Context.Imports.SetScriptDirectory(Path.GetDirectoryName(full) ?? full);
        if (!scope.Globals.Contains("__file__")) scope.Globals.SetValue("__file__", full);
    }

    /// <summary>
    /// Runs module code in a scope, with the runtime's output, recursion limit and execution limits
    /// (overridden by <paramref name="limits"/>) in force, until it ends or <paramref name="token"/> is cancelled.
    /// </summary>
    internal object Run(PyCode code, ScriptScope scope, ScriptLimits? limits = null, CancellationToken token = default)
    {
        if (limits is not null)
            ScriptLimits.Validate(limits.TimeLimit, limits.MaxStatements, limits.MemoryLimit, limits.MaxOutputBytes, nameof(limits));
        MainScript(code, scope);
        var entry = PyContext.EnterExecution(scope.Globals.Context ?? Runtime.Context, limits?.ToExecutionLimits() ?? default, token);
        int savedDepth = PyFrames.Depth;
        try
        {
            var result = new PyFunction(code, null, null, null, scope.Globals).Call0();
            // A limit the script swallowed (a return inside finally, then no checkpoint) still ends it.
            entry.Budget?.ThrowIfTripped();
            return result;
        }
        catch (Exception error) when (error is not PyException && !PyLimits.IsLimit(error))
        {
            throw PyExceptionConverter.ToPython(error);
        }
        finally
        {
            PyContext.Out.Flush();
            PyContext.ExitExecution(entry);
            PyFrames.Reset(savedDepth);
        }
    }
}
