using System.Collections.Immutable;

namespace DlrClosures.Binding;

/// <summary>A cell created when a scope is entered, seeded from a parameter's slot or unbound.</summary>
/// <param name="Cell">The frame cell slot.</param>
/// <param name="SeedLocal">The local slot of the parameter whose value the cell starts with, or -1 (unbound).</param>
internal readonly record struct CellInit(int Cell, int SeedLocal);

/// <summary>
/// The frame of one code object, computed once by the <see cref="Binder"/>: what the compiled
/// engine declares as IL variables and the interpreter allots as slots.
/// </summary>
/// <remarks>
/// Locals are numbered from 0: first the parameters in <c>CodeSignature.SlotNames</c> order (the
/// arguments arrive there), then the other plain locals of the code, of the comprehensions inlined
/// into it, the class namespaces of class bodies run in it, and the binder's temporaries.
/// Cells are numbered from 0 too: co_cellvars first, then those of inlined comprehensions.
/// </remarks>
/// <param name="ParameterCount">How many leading local slots are parameters.</param>
/// <param name="LocalNames">One name per local slot (temporaries are named <c>.t0</c>, <c>.t1</c>, ...): for diagnostics.</param>
/// <param name="CellNames">One name per cell slot.</param>
/// <param name="EntryCells">The cells created on entry (co_cellvars), each seeded from its parameter when it is one.</param>
/// <param name="EntryUnbound">The plain locals that must read as unbound on entry (non-parameter locals of the code itself).</param>
/// <param name="FreeCount">The closure's length (co_freevars).</param>
/// <param name="GlobalNames">The module names the code reads or writes, in the order of its global cells.</param>
internal sealed record FrameLayout(
    int ParameterCount,
    ImmutableArray<string> LocalNames,
    ImmutableArray<string> CellNames,
    ImmutableArray<CellInit> EntryCells,
    ImmutableArray<int> EntryUnbound,
    int FreeCount,
    ImmutableArray<string> GlobalNames)
{
    /// <summary>The number of local slots.</summary>
    public int LocalCount => LocalNames.Length;

    /// <summary>The number of cell slots.</summary>
    public int CellCount => CellNames.Length;
}
