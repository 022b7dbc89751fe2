using System.Runtime.CompilerServices;
using DlrClosures.Binding;

namespace DlrClosures.Interpretation;

/// <summary>
/// Where a cell's box is in a frame: one of the cells the frame created, or an entry of the
/// function's closure. A comprehension or class body run inline refers to the enclosing code's
/// box the same way, so it shares the cell instead of copying it.
/// </summary>
internal readonly record struct BoxRef(bool InClosure, int Index)
{
    /// <summary>The box of a cell storage (<see cref="NameStorage.IsCell"/>).</summary>
    public static BoxRef Of(NameStorage storage) => new(storage.Kind == StorageKind.ClosureCell, storage.Index);

    public StrongBox<object> Get(Frame frame) => InClosure ? frame.Function.GetClosureCell(Index) : frame.Cells![Index];
}
