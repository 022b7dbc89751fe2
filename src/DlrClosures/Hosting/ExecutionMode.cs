namespace DlrClosures.Hosting;

/// <summary>
/// How an engine runs code. Both modes share one front end (parser and scope analysis) and one
/// runtime: the same function objects, the same <c>StrongBox&lt;object&gt;</c> cells, the same
/// binders and exceptions, so a closure made in one mode behaves exactly like one made in the other.
/// </summary>
public enum ExecutionMode
{
    /// <summary>
    /// Lower each <c>def</c>, <c>lambda</c> and module body to System.Linq.Expressions and compile it
    /// to IL on first call (the default, and the fast one).
    /// </summary>
    Compile,

    /// <summary>
    /// Walk the syntax tree with a tree-walking interpreter: no IL is generated. The honest baseline
    /// the compiled engine is measured against, and a second implementation to check it by.
    /// </summary>
    Interpret,
}
