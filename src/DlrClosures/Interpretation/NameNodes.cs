using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Interpretation;

/// <summary>
/// Reads of names, one node class per storage kind, so a read is an array access and a reference
/// comparison with the unbound sentinel. The error for an unbound name is raised by the same
/// <see cref="PyNames"/> helper the compiled code calls, so the words are the same.
/// </summary>
internal static class NameNodes
{
    /// <summary>A plain local (LOAD_FAST).</summary>
    public sealed class LocalLoad(int slot, string name) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame)
        {
            var value = frame.Locals[slot];
            return ReferenceEquals(value, PyUnbound.Instance) ? PyNames.CheckLocal(value, name) : value;
        }
    }

    /// <summary>A cell this frame created (LOAD_DEREF of a cellvar), or an inlined scope's free variable held in one.</summary>
    public sealed class CellLoad(int index, string name, bool isFree) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame)
        {
            var value = frame.Cells![index].Value!;
            return ReferenceEquals(value, PyUnbound.Instance) ? Unbound(value, name, isFree) : value;
        }
    }

    /// <summary>A free variable (LOAD_DEREF of a freevar): an entry of the function's closure.</summary>
    public sealed class ClosureLoad(int index, string name, bool isFree) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame)
        {
            var value = frame.Function.GetClosureCell(index).Value!;
            return ReferenceEquals(value, PyUnbound.Instance) ? Unbound(value, name, isFree) : value;
        }
    }

    /// <summary>A module-level name: its global cell, else the builtins (LOAD_GLOBAL).</summary>
    public sealed class GlobalLoad(int index, string name) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame)
        {
            var cell = frame.Globals[index];
            var value = cell.Value!;
            return ReferenceEquals(value, PyUnbound.Instance) ? PyNames.LoadGlobal(cell, name) : value;
        }
    }

    /// <summary>A name in a class body (LOAD_NAME): the namespace being built, the module, the builtins.</summary>
    public sealed class ClassNameLoad(int namespaceSlot, string name, int globalIndex) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame) =>
            PyNames.LoadClassName((PyDict)frame.Locals[namespaceSlot], name, frame.Globals[globalIndex]);
    }

    /// <summary>A free variable read in a class body (LOAD_CLASSDEREF): the namespace first, then the cell.</summary>
    public sealed class ClassFreeLoad(int namespaceSlot, string name, BoxRef box) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame) =>
            PyNames.LoadClassFree((PyDict)frame.Locals[namespaceSlot], name, box.Get(frame));
    }

    private static object Unbound(object value, string name, bool isFree) =>
        isFree ? PyNames.CheckFree(value, name) : PyNames.CheckLocal(value, name);
}
