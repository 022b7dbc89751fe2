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

    /// <summary><c>Binder.Bind</c> on a parsed and analysed module.</summary>
    Bind,

    /// <summary>
    /// <c>Lowerer.Lower</c> on a bound module: what the compiled engine does before the program runs
    /// (the module's code object; each code object's translation to System.Linq.Expressions and IL
    /// happens at its first call, and is part of running, not of preparing).
    /// </summary>
    Lower,

    /// <summary>The whole of <c>ScriptSource.Compile()</c>: parse, scopes, binding and lowering.</summary>
    Compile,
}
