using DlrClosures.Scoping;
using DlrClosures.Text;

namespace DlrClosures.Binding;

// Names: every read, store and delete resolved, once, to the storage the scope table gives it.
// Names are passed on as the scope stores them: inside a class, private names mangled (_C__x,
// Python/compile.c _Py_Mangle), for namespace keys, global cells and messages alike. Attribute
// names (obj.__x) are mangled the same way where they are bound (compiler_visit_expr1, Attribute).
internal sealed partial class Binder
{
    private BoundExpr LoadName(string name, SourceSpan span)
    {
        var kind = _context.Lookup(name);
        if (_context.IsClass)
        {
            // Class bodies look names up in the namespace being built first (LOAD_NAME, LOAD_CLASSDEREF).
            if (kind == BindingKind.Free)
                return new BoundLoadClassFree(_context.ClassNamespace, _context.GetBox(name), span);
            if (kind != BindingKind.GlobalExplicit)
            {
                var stored = _context.Mangle(name);
                return new BoundLoadClassName(_context.ClassNamespace, stored, Frame.Global(stored), span);
            }
        }
        return kind switch
        {
            // A parameter the body never unbinds is bound from entry to exit: no check.
            BindingKind.Local => new BoundLoadName(_context.Local(name), Checked: !_context.IsAlwaysBound(name), span),
            BindingKind.Cell or BindingKind.Free => new BoundLoadName(_context.GetBox(name), Checked: true, span),
            _ => new BoundLoadName(_context.Global(name), Checked: true, span),
        };
    }

    /// <summary>A name's current value with no unbound check (an unbound one reads as PyUnbound), for an int chain's fast path.</summary>
    private BoundExpr RawLoad(string name, SourceSpan span) => _context.Lookup(name) switch
    {
        BindingKind.Local => new BoundLoadName(_context.Local(name), Checked: false, span),
        BindingKind.Cell or BindingKind.Free => new BoundLoadName(_context.GetBox(name), Checked: false, span),
        _ => new BoundLoadName(_context.Global(name), Checked: false, span),
    };

    /// <summary>Where a store to <paramref name="name"/> goes; <c>del name</c> unbinds the same storage.</summary>
    private NameStorage StoreStorage(string name)
    {
        var kind = _context.Lookup(name);
        // __class__ in a class body is a namespace entry, never the implicit cell.
        if (_context.IsClass && (kind == BindingKind.Local || name == "__class__" && kind == BindingKind.Cell))
            return new NameStorage(StorageKind.ClassEntry, _context.ClassNamespace, _context.Mangle(name));
        return kind switch
        {
            BindingKind.Local => _context.Local(name),
            BindingKind.Cell or BindingKind.Free => _context.GetBox(name),
            _ => _context.Global(name),
        };
    }

    private BoundNameTarget NameTarget(string name, SourceSpan span) => new(StoreStorage(name), span);

    /// <summary>A new temporary of the frame, as a target and as an always-bound read.</summary>
    private (BoundNameTarget Target, BoundLoadName Load) Temp(SourceSpan span)
    {
        int slot = Frame.NewTemp();
        var storage = new NameStorage(StorageKind.Local, slot, ".t");
        return (new BoundNameTarget(storage, span), new BoundLoadName(storage, Checked: false, span));
    }

    private static BoundLoadName TempLoad(int slot, SourceSpan span) =>
        new(new NameStorage(StorageKind.Local, slot, ".t"), Checked: false, span);
}
