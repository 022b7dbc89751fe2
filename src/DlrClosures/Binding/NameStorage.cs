namespace DlrClosures.Binding;

/// <summary>Where a name lives at run time, decided once by the <see cref="Binder"/>.</summary>
internal enum StorageKind
{
    /// <summary>A plain local: frame slot <see cref="NameStorage.Index"/> (parameters are the first slots).</summary>
    Local,

    /// <summary>A cell this frame creates (a local some inner scope captures): cell slot <see cref="NameStorage.Index"/>.</summary>
    FrameCell,

    /// <summary>A cell of the running function's closure (<c>__closure__[Index]</c>, co_freevars order).</summary>
    ClosureCell,

    /// <summary>A module variable: the code's global cell <see cref="NameStorage.Index"/> (<see cref="FrameLayout.GlobalNames"/>).</summary>
    Global,

    /// <summary>An entry of a class namespace dict held in local slot <see cref="NameStorage.Index"/>.</summary>
    ClassEntry,
}

/// <summary>
/// The storage of one name as one block uses it: the kind and index above, the name as CPython
/// stores it (private names already mangled, for namespace keys, global cells and messages), and
/// whether the block sees it as a free variable (the wording of unbound errors; a comprehension's
/// free variable can live in a cell of the enclosing frame, so this is not the same as
/// <see cref="StorageKind.ClosureCell"/>).
/// </summary>
internal sealed record NameStorage(StorageKind Kind, int Index, string Name, bool IsFree = false)
{
    /// <summary>True for the two cell kinds: the value lives in a <c>StrongBox&lt;object&gt;</c>.</summary>
    public bool IsCell => Kind is StorageKind.FrameCell or StorageKind.ClosureCell;
}
