using DlrClosures.Binding;
using DlrClosures.Compilation;
using DlrClosures.Hosting;
using DlrClosures.Parsing;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Benchmarks.FrontEnd;

/// <summary>
/// One file, ready for each stage: the inputs of a stage are made once, so that timing a stage
/// measures that stage alone (the parse of a file is not repeated to time its scope analysis).
/// </summary>
internal sealed class FrontEndRunner
{
    private static readonly ScriptEngine Engine = Python.CreateEngine();

    private readonly SourceText _source;
    private readonly ModuleNode _module;
    private readonly ScopeTable _scopes;
    private readonly BoundCode _bound;

    public FrontEndRunner(FrontEndFile file)
    {
        File = file;
        _source = new SourceText(file.Text, file.Path);
        _module = PythonParser.ParseModule(_source);
        _scopes = ScopeAnalyzer.Analyze(_module);
        _bound = Binder.Bind(_module, _scopes, CompileMode.Exec);
    }

    public FrontEndFile File { get; }

    /// <summary>Runs <paramref name="stage"/> once and returns its result, so the JIT cannot drop the work.</summary>
    public object Run(FrontEndStage stage) => stage switch
    {
        FrontEndStage.Tokenize => Tokenize(_source),
        FrontEndStage.Parse => PythonParser.ParseModule(_source),
        FrontEndStage.Scopes => ScopeAnalyzer.Analyze(_module),
        FrontEndStage.Bind => Binder.Bind(_module, _scopes, CompileMode.Exec),
        FrontEndStage.Lower => Lowerer.Lower(_bound),
        _ => Engine.CreateScriptSourceFromString(File.Text, File.Path, SourceCodeKind.File).Compile(),
    };

    /// <summary>The tokenizer's own entry point: the layout pre-pass.</summary>
    private static object Tokenize(SourceText source) => LayoutScanner.Scan(source);
}
