namespace DlrClosures.Benchmarks.FrontEnd;

/// <summary>The front end's stages, each measured alone on the output of the ones before it.</summary>
public enum FrontEndStage
{
    /// <summary>The tokenizer (layout, tokens).</summary>
    Tokenize,

    /// <summary><c>PythonParser.ParseModule</c>, tokenizer included (the parser's whole cost to a caller).</summary>
    Parse,

    /// <summary><c>ScopeAnalyzer.Analyze</c> on a parsed module.</summary>
    Scopes,

    /// <summary><c>Lowerer.Lower</c> on a parsed and analysed module.</summary>
    Lower,

    /// <summary>The whole of <c>ScriptSource.Compile()</c>: parse, scopes and lowering (IL is made later, at first call).</summary>
    Compile,
}
