using DlrClosures.Parsing;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Hosting;

/// <summary>A piece of source for an engine: a string or a file, with the path tracebacks show.</summary>
public sealed class ScriptSource
{
    internal ScriptSource(ScriptEngine engine, SourceText text, SourceCodeKind kind)
    {
        Engine = engine;
        Text = text;
        Kind = kind;
    }

    /// <summary>The engine this source is for.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>The path shown in tracebacks (<c>&lt;string&gt;</c> for code given as text).</summary>
    public string Path => Text.Path;

    /// <summary>How the source is read.</summary>
    public SourceCodeKind Kind { get; }

    internal SourceText Text { get; }

    /// <summary>The source text.</summary>
    public string GetCode() => Text.Text;

    /// <summary>Whether the source is complete, incomplete (a REPL should read more lines) or invalid.</summary>
    public ScriptCodeParseResult GetCodeProperties()
    {
        if (string.IsNullOrWhiteSpace(Text.Text)) return ScriptCodeParseResult.Empty;
        CompilerWarmUp.Wait();
        try
        {
            SourceEncoding.EnsureEncodable(Text.Text);
        }
        catch (PyException)
        {
            return ScriptCodeParseResult.Invalid;
        }
        if (PythonParser.IsIncomplete(Text.Text)) return ScriptCodeParseResult.IncompleteStatement;
        try
        {
            PythonParser.ParseModule(Text);
            return ScriptCodeParseResult.Complete;
        }
        catch (PyException)
        {
            return ScriptCodeParseResult.Invalid;
        }
    }

    /// <summary>
    /// Parses, checks scopes and lowers the source. Syntax errors and CPython's compile-time scope
    /// errors (<c>no binding for nonlocal 'x' found</c>, ...) are raised here as a
    /// <see cref="Runtime.Exceptions.PyException"/>; the result runs in any number of scopes.
    /// </summary>
    public CompiledCode Compile() => new(Engine, Engine.Compile(Text, Kind));

    /// <summary>
    /// Runs the source as a program in a new scope and returns its exit status: 0 when it ends
    /// normally, and for <c>raise SystemExit(code)</c> what CPython's interpreter would exit with
    /// (an int code as it is; None or no argument: 0; anything else is written to the runtime's error
    /// output and gives 1). Any other exception propagates.
    /// </summary>
    public int ExecuteProgram() => ExecuteProgram(Engine.CreateScope());

    /// <summary>Runs the source as a program in <paramref name="scope"/>; see <see cref="ExecuteProgram()"/>.</summary>
    public int ExecuteProgram(ScriptScope scope)
    {
        try
        {
            Execute(scope);
            return 0;
        }
        catch (PyException exit) when (exit.Type == PyExceptionType.SystemExit)
        {
            return Engine.ExitStatus(exit);
        }
    }

    /// <summary>Compiles and runs in a new scope.</summary>
    public object? Execute() => Compile().Execute();

    /// <summary>Compiles and runs in <paramref name="scope"/>; returns an expression's value, else null.</summary>
    public object? Execute(ScriptScope scope) => Compile().Execute(scope);

    /// <summary>Compiles and runs in <paramref name="scope"/>, converting the result to <typeparamref name="T"/>.</summary>
    public T Execute<T>(ScriptScope scope) => Compile().Execute<T>(scope);
}
