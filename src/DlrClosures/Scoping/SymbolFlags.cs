namespace DlrClosures.Scoping;

/// <summary>What pass 1 learns about a name in one block: CPython's DEF_* flags (Include/internal/pycore_symtable.h).</summary>
[Flags]
internal enum SymbolFlags
{
    None = 0,
    /// <summary>DEF_GLOBAL: declared <c>global</c>.</summary>
    Global = 1,
    /// <summary>DEF_LOCAL: assigned, deleted, or named by def/class/except-as in this block.</summary>
    Local = 2,
    /// <summary>DEF_PARAM: a parameter of this block.</summary>
    Param = 4,
    /// <summary>DEF_NONLOCAL: declared <c>nonlocal</c>.</summary>
    Nonlocal = 8,
    /// <summary>USE: read in this block.</summary>
    Use = 16,
    /// <summary>DEF_COMP_ITER: a comprehension's iteration variable (an assignment expression may not rebind it).</summary>
    CompIter = 32,
    /// <summary>DEF_IMPORT: bound by <c>import</c>.</summary>
    Import = 128,
    /// <summary>DEF_FREE_CLASS: free in a method but bound (or declared global) in the class body, so the class passes it through.</summary>
    FreeClass = 64,
    /// <summary>DEF_BOUND: every way of binding a name locally (DEF_IMPORT has no syntax here).</summary>
    Bound = Local | Param,
}
