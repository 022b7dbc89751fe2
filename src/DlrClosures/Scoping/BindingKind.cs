namespace DlrClosures.Scoping;

/// <summary>How a name is resolved in one scope (CPython symtable.h: LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT).</summary>
internal enum BindingKind
{
    /// <summary>Bound in this scope and captured by no inner function. At module level and in a class body this is the namespace dict (STORE_NAME/LOAD_NAME).</summary>
    Local,
    /// <summary>Bound in this function and captured by an inner scope: lives in a cell this scope creates.</summary>
    Cell,
    /// <summary>Taken from an enclosing function's cell.</summary>
    Free,
    /// <summary>Declared <c>global</c> in this scope. At module level also every name some nested block declares <c>global</c> (CPython's <c>st_global</c>): still the module namespace.</summary>
    GlobalExplicit,
    /// <summary>Not bound in any enclosing function: module globals, then builtins (in a class body: the class namespace first).</summary>
    GlobalImplicit,
}
