using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
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
        public override object Evaluate(Frame frame)
        {
            var value = frame.Locals[slot];
            return ReferenceEquals(value, PyUnbound.Instance) ? PyNames.CheckLocal(value, name) : value;
        }
    }

    /// <summary>A cell this frame created (LOAD_DEREF of a cellvar), or an inlined scope's free variable held in one.</summary>
    public sealed class CellLoad(int index, string name, bool isFree) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var value = frame.Cells![index].Value!;
            return ReferenceEquals(value, PyUnbound.Instance) ? Unbound(value, name, isFree) : value;
        }
    }

    /// <summary>A free variable (LOAD_DEREF of a freevar): an entry of the function's closure.</summary>
    public sealed class ClosureLoad(int index, string name, bool isFree) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var value = frame.Function.GetClosureCell(index).Value!;
            return ReferenceEquals(value, PyUnbound.Instance) ? Unbound(value, name, isFree) : value;
        }
    }

    /// <summary>A module-level name: its global cell, else the builtins (LOAD_GLOBAL).</summary>
    public sealed class GlobalLoad(int index, string name) : ExecExpr
    {
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
        public override object Evaluate(Frame frame) =>
            PyNames.LoadClassName((PyDict)frame.Locals[namespaceSlot], name, frame.Globals[globalIndex]);
    }

    /// <summary>A free variable read in a class body (LOAD_CLASSDEREF): the namespace first, then the cell.</summary>
    public sealed class ClassFreeLoad(int namespaceSlot, string name, BoxRef box) : ExecExpr
    {
        public override object Evaluate(Frame frame) =>
            PyNames.LoadClassFree((PyDict)frame.Locals[namespaceSlot], name, box.Get(frame));
    }

    /// <summary>A plain local the binder knows is bound (a parameter never unbound, a temporary), or an int chain's raw read.</summary>
    public sealed class RawLocalLoad(int slot) : ExecExpr
    {
        public int Slot => slot;

        public override object Evaluate(Frame frame) => frame.Locals[slot];
    }

    /// <summary>A frame cell's value as it is, unbound sentinel included.</summary>
    public sealed class RawCellLoad(int index) : ExecExpr
    {
        public override object Evaluate(Frame frame) => frame.Cells![index].Value!;
    }

    /// <summary>A closure cell's value as it is, unbound sentinel included.</summary>
    public sealed class RawClosureLoad(int index) : ExecExpr
    {
        public override object Evaluate(Frame frame) => frame.Function.GetClosureCell(index).Value!;
    }

    /// <summary>A global cell's value as it is (no builtins lookup), unbound sentinel included.</summary>
    public sealed class RawGlobalLoad(int index) : ExecExpr
    {
        public override object Evaluate(Frame frame) => frame.Globals[index].Value!;
    }

    /// <summary>An entry of the class namespace dict in a local slot; a missing one is a NameError.</summary>
    public sealed class ClassEntryLoad(int namespaceSlot, string name) : ExecExpr
    {
        public override object Evaluate(Frame frame) =>
            ((PyDict)frame.Locals[namespaceSlot]).TryGetValue(name, out var value)
                ? value
                : throw PyErrors.NameError(FunctionMessages.NameNotDefined(name), name);
    }

    private static object Unbound(object value, string name, bool isFree) =>
        isFree ? PyNames.CheckFree(value, name) : PyNames.CheckLocal(value, name);
}
