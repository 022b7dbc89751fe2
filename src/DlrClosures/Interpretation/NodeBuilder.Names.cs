using DlrClosures.Scoping;
using static DlrClosures.Interpretation.NameNodes;

namespace DlrClosures.Interpretation;

// Names: every read, store and delete resolved, once, to the storage the scope table gives it.
// Names are passed on as this scope stores them (private names mangled), for the namespace keys,
// the global cells and the error messages alike.
internal sealed partial class NodeBuilder
{
    private ExecExpr LoadName(string name)
    {
        var kind = _storage.IsModule ? BindingKind.GlobalImplicit : _storage.Lookup(name);
        var stored = _storage.Mangle(name);
        if (_storage.IsClass)
        {
            // Class bodies look names up in the namespace being built first (LOAD_NAME, LOAD_CLASSDEREF).
            if (kind == BindingKind.Free)
                return new ClassFreeLoad(_storage.ClassNamespaceSlot, stored, _storage.GetBox(name));
            if (kind != BindingKind.GlobalExplicit)
                return new ClassNameLoad(_storage.ClassNamespaceSlot, stored, _layout.Global(stored));
        }
        return kind switch
        {
            BindingKind.Local => new LocalLoad(_storage.Local(name), stored),
            BindingKind.Cell => BoxLoad(_storage.GetBox(name), stored, isFree: false),
            BindingKind.Free => BoxLoad(_storage.GetBox(name), stored, isFree: true),
            _ => new GlobalLoad(_layout.Global(stored), stored),
        };
    }

    private static ExecExpr BoxLoad(BoxRef box, string name, bool isFree) =>
        box.InClosure ? new ClosureLoad(box.Index, name, isFree) : new CellLoad(box.Index, name, isFree);

    /// <summary>The target that stores to and deletes <paramref name="name"/> (the compiler's StoreName and DeleteName).</summary>
    private ExecTarget NameTarget(string name)
    {
        var stored = _storage.Mangle(name);
        if (_storage.IsModule) return new NameTargets.Global(_layout.Global(stored), stored);
        var kind = _storage.Lookup(name);
        if (_storage.IsClass && kind == BindingKind.Local)
            return new NameTargets.ClassName(_storage.ClassNamespaceSlot, stored);
        return kind switch
        {
            BindingKind.Local => new NameTargets.Local(_storage.Local(name), stored),
            BindingKind.Cell or BindingKind.Free => new NameTargets.Box(_storage.GetBox(name), stored, kind == BindingKind.Free),
            _ => new NameTargets.Global(_layout.Global(stored), stored),
        };
    }
}
