namespace DlrClosures.Runtime.Functions;

/// <summary>The names a code object knows, as CPython's code object reports them.</summary>
/// <param name="Name">co_name: the function name, <c>&lt;lambda&gt;</c> or <c>&lt;module&gt;</c>.</param>
/// <param name="QualifiedName">co_qualname, e.g. <c>outer.&lt;locals&gt;.inner</c>.</param>
/// <param name="VarNames">co_varnames.</param>
/// <param name="FreeVars">co_freevars: the order of <c>__closure__</c>.</param>
/// <param name="CellVars">co_cellvars.</param>
internal sealed record CodeNames(
    string Name, string QualifiedName, string[] VarNames, string[] FreeVars, string[] CellVars);
