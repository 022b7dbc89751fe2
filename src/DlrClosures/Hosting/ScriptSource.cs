using System.Runtime.Remoting;
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
    /// Compiles as <see cref="Compile()"/> does, but reports errors to <paramref name="errorListener"/>
    /// instead of throwing them, and returns null when there was one. Syntax errors are reported as many
    /// as there are, each with its span: after an error, parsing starts again at the next top-level
    /// statement (see docs/hosting.md for how the boundary is found), as IronPython's parser recovers;
    /// a compile-time scope error (<c>nonlocal</c> without a binding, ...) is found once the source
    /// parses, and then is the only one reported.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="errorListener"/> is null.</exception>
    public CompiledCode? Compile(ErrorListener errorListener)
    {
        ArgumentNullException.ThrowIfNull(errorListener);
        try
        {
            return Compile();
        }
        catch (PyException error)
        {
            if (SyntaxErrorRecovery.IsSyntaxError(error) && Kind != SourceCodeKind.Expression)
                foreach (var each in SyntaxErrorRecovery.Errors(Text, error)) Report(errorListener, each);
            else
                Report(errorListener, error);
            return null;
        }
    }

    private void Report(ErrorListener listener, PyException error)
    {
        var span = error.SyntaxLocation is { } where
            ? new SourceSpan(error.Span?.Start ?? 0, error.Span?.End ?? 0, where.Line, where.Column, where.Line, where.EndColumn)
            : error.Span ?? SourceSpan.None;
        int code = error.PythonType switch
        {
            "TabError" => ErrorListener.TabErrorCode,
            "IndentationError" => ErrorListener.IndentationErrorCode,
            _ when SyntaxErrorRecovery.IsSyntaxError(error) => ErrorListener.SyntaxErrorCode,
            _ => ErrorListener.OtherErrorCode,
        };
        listener.ErrorReported(this, error.Message, span, code, Severity.Error);
    }

    /// <summary>The text of 1-based line <paramref name="line"/>, without its line break; "" past the end.</summary>
    public string GetCodeLine(int line) => Text.GetLine(line);

    /// <summary>The texts of <paramref name="count"/> lines from 1-based line <paramref name="start"/>, stopping at the end of the source.</summary>
    public string[] GetCodeLines(int start, int count)
    {
        int last = Math.Min(start + count - 1, LineCount);
        return Enumerable.Range(start, Math.Max(0, last - start + 1)).Select(GetCodeLine).ToArray();
    }

    private int LineCount => Text.Text.Length == 0 ? 0 : Text.Text.TrimEnd('\n').Split('\n').Length;

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

    /// <summary>Compiles and runs in a new scope, converting the result to <typeparamref name="T"/>.</summary>
    public T Execute<T>() => Compile().Execute<T>();

    /// <summary>Compiles and runs in a new scope; the result, wrapped (see <see cref="CompiledCode.ExecuteAndWrap()"/>).</summary>
    public ObjectHandle ExecuteAndWrap() => Compile().ExecuteAndWrap();

    /// <summary>Compiles and runs in <paramref name="scope"/>; the result, wrapped.</summary>
    public ObjectHandle ExecuteAndWrap(ScriptScope scope) => Compile().ExecuteAndWrap(scope);

    /// <summary>
    /// Compiles and runs in <paramref name="scope"/>; the result wrapped, or null with the exception
    /// (a syntax error included) wrapped in <paramref name="exception"/> instead of thrown.
    /// </summary>
    public ObjectHandle? ExecuteAndWrap(ScriptScope scope, out ObjectHandle? exception) =>
        CompiledCode.Wrap(() => Compile().Execute(scope), out exception);
}
