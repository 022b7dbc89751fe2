namespace DlrClosures.Syntax;

/// <summary>What a module body is compiled for (CPython's <c>compile()</c> modes).</summary>
internal enum CompileMode
{
    /// <summary>Statements; the result is None.</summary>
    Exec,

    /// <summary>A single expression; the result is its value.</summary>
    Eval,

    /// <summary>REPL input: expression statements print their repr, as <c>sys.displayhook</c> does.</summary>
    Interactive,
}
