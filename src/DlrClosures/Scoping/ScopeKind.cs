namespace DlrClosures.Scoping;

/// <summary>What kind of code block a <see cref="Scope"/> is (CPython's <c>_Py_block_ty</c>, with functions split by syntax).</summary>
/// <remarks>Lambda and Comprehension scopes resolve names exactly like Function scopes: in CPython 3.11 all three are a <c>FunctionBlock</c>.</remarks>
internal enum ScopeKind
{
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}
