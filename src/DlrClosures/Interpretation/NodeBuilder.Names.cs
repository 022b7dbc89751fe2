using DlrClosures.Binding;
using static DlrClosures.Interpretation.NameNodes;

namespace DlrClosures.Interpretation;

// Names and targets: each NameStorage becomes the node of its kind (a local slot, a cell of the
// frame, a cell of the closure, a global cell, a class namespace entry).
internal sealed partial class NodeBuilder
{
    public ExecExpr VisitLoadName(BoundLoadName node)
    {
        var storage = node.Storage;
        if (!node.Checked)
        {
            return storage.Kind switch
            {
                StorageKind.Local => new RawLocalLoad(storage.Index),
                StorageKind.FrameCell => new RawCellLoad(storage.Index),
                StorageKind.ClosureCell => new RawClosureLoad(storage.Index),
                StorageKind.Global => new RawGlobalLoad(storage.Index),
                _ => new ClassEntryLoad(storage.Index, storage.Name),
            };
        }
        return storage.Kind switch
        {
            StorageKind.Local => new LocalLoad(storage.Index, storage.Name),
            StorageKind.FrameCell => new CellLoad(storage.Index, storage.Name, storage.IsFree),
            StorageKind.ClosureCell => new ClosureLoad(storage.Index, storage.Name, storage.IsFree),
            StorageKind.Global => new GlobalLoad(storage.Index, storage.Name),
            _ => new ClassEntryLoad(storage.Index, storage.Name),
        };
    }

    public ExecExpr VisitLoadClassName(BoundLoadClassName node) => new ClassNameLoad(node.NamespaceSlot, node.Name, node.GlobalIndex);

    public ExecExpr VisitLoadClassFree(BoundLoadClassFree node) =>
        new ClassFreeLoad(node.NamespaceSlot, node.Cell.Name, BoxRef.Of(node.Cell));

    public ExecTarget VisitName(BoundNameTarget node) => NameTarget(node.Storage);

    public ExecTarget VisitUnpack(BoundUnpackTarget node) => new AssignmentNodes.Unpack(Targets(node.Targets), node.StarIndex);

    public ExecTarget VisitItem(BoundItemTarget node)
    {
        var container = Expression(node.Container);
        return new AccessNodes.SubscriptTarget(container, Expression(node.Index));
    }

    public ExecTarget VisitAttribute(BoundAttributeTarget node) => new AccessNodes.AttributeTarget(Expression(node.Object), node.Name);

    private static NameTargets.NameTarget NameTarget(NameStorage storage) => storage.Kind switch
    {
        StorageKind.Local => new NameTargets.Local(storage.Index, storage.Name),
        StorageKind.FrameCell or StorageKind.ClosureCell => new NameTargets.Box(BoxRef.Of(storage), storage.Name, storage.IsFree),
        StorageKind.Global => new NameTargets.Global(storage.Index, storage.Name),
        _ => new NameTargets.ClassName(storage.Index, storage.Name),
    };
}
