using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Interpretation;

/// <summary>
/// Stores to and deletes of names, one target class per <see cref="Binding.StorageKind"/>
/// (a cell of the frame and one of the closure share <see cref="Box"/>). A delete checks the name is bound first, with the same <see cref="PyNames"/>
/// helpers and therefore the same errors as compiled code.
/// </summary>
internal static class NameTargets
{
    /// <summary>A name's storage, which <c>del name</c> also unbinds.</summary>
    public abstract class NameTarget : ExecTarget
    {
        public abstract void Delete(Frame frame);
    }

    public sealed class Local(int slot, string name) : NameTarget
    {
        public int Slot => slot;

        public override void Assign(Frame frame, object value) => frame.SetLocal(slot, value);

        public override void Delete(Frame frame)
        {
            PyNames.CheckLocal(frame.Locals[slot], name);
            frame.SetLocal(slot, PyUnbound.Instance);
        }
    }

    /// <summary>A cell or free variable: the box is written, so every closure sharing it sees the value.</summary>
    public sealed class Box(BoxRef box, string name, bool isFree) : NameTarget
    {
        public override void Assign(Frame frame, object value) => box.Get(frame).Value = value;

        public override void Delete(Frame frame) => PyNames.DeleteCell(box.Get(frame), name, isFree);
    }

    public sealed class Global(int index, string name) : NameTarget
    {
        public override void Assign(Frame frame, object value) => frame.Globals[index].Value = value;

        public override void Delete(Frame frame) => PyNames.DeleteGlobal(frame.Globals[index], name);
    }

    /// <summary>A name of a class body: an entry of the namespace dict being built.</summary>
    public sealed class ClassName(int namespaceSlot, string name) : NameTarget
    {
        public override void Assign(Frame frame, object value) => ((PyDict)frame.Locals[namespaceSlot])[name] = value;

        public override void Delete(Frame frame) => PyNames.DeleteClassName((PyDict)frame.Locals[namespaceSlot], name);
    }
}
