using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Assignment and names: loads, stores and deletes by storage kind, and the targets a value is
// stored to. A plain local is an object variable, a cell a StrongBox variable, a global an element
// of the code's resolved global cells, a class entry an item of the namespace dict in a local slot.
internal sealed partial class CodeLowerer
{
    public Linq.Expression VisitAssign(BoundAssign node)
    {
        // A name's store evaluates nothing after the value, so the value needs no temporary.
        if (node.Targets is [BoundNameTarget only]) return StoreName(only.Storage, Lower(node.Value));
        var value = Linq.Expression.Variable(typeof(object), "value");
        var body = new List<Linq.Expression>(node.Targets.Length + 1) { Linq.Expression.Assign(value, Lower(node.Value)) };
        foreach (var target in node.Targets) body.Add(LowerTarget(target)(value));
        return Linq.Expression.Block(typeof(void), [value], body);
    }

    // a, b = b, a: every value into a temporary, then every store, without a tuple.
    public Linq.Expression VisitParallelAssign(BoundParallelAssign node)
    {
        var temps = node.Values.Select((_, i) => Linq.Expression.Variable(typeof(object), "t" + i)).ToArray();
        var body = new List<Linq.Expression>(temps.Length * 2);
        for (int i = 0; i < temps.Length; i++) body.Add(Linq.Expression.Assign(temps[i], Lower(node.Values[i])));
        for (int i = 0; i < temps.Length; i++) body.Add(LowerTarget(node.Targets[i])(temps[i]));
        return Linq.Expression.Block(typeof(void), temps, body);
    }

    // Each target takes the value as a variable or constant: it may be read more than once.
    public Func<Linq.Expression, Linq.Expression> VisitName(BoundNameTarget node) => value => StoreName(node.Storage, value);

    public Func<Linq.Expression, Linq.Expression> VisitUnpack(BoundUnpackTarget node)
    {
        var targets = node.Targets.Select(LowerTarget).ToArray();
        return value =>
        {
            var items = Linq.Expression.Variable(typeof(object[]), "items");
            Linq.Expression unpack = node.StarIndex < 0
                ? Linq.Expression.Call(typeof(PyIteration), nameof(PyIteration.Unpack), null, value, Linq.Expression.Constant(targets.Length))
                : Linq.Expression.Call(typeof(PyIteration), nameof(PyIteration.UnpackStarred), null, value,
                    Linq.Expression.Constant(node.StarIndex), Linq.Expression.Constant(targets.Length - node.StarIndex - 1));
            var body = new List<Linq.Expression>(targets.Length + 1) { Linq.Expression.Assign(items, unpack) };
            for (int i = 0; i < targets.Length; i++)
            {
                var element = Linq.Expression.Variable(typeof(object), "element" + i);
                body.Add(Linq.Expression.Block(typeof(void), [element],
                    Linq.Expression.Assign(element, Linq.Expression.ArrayIndex(items, Linq.Expression.Constant(i))),
                    targets[i](element)));
            }
            return Linq.Expression.Block(typeof(void), [items], body);
        };
    }

    public Func<Linq.Expression, Linq.Expression> VisitItem(BoundItemTarget node) => value =>
        LowerSetItem(Lower(node.Container), Lower(node.Index), value);

    public Func<Linq.Expression, Linq.Expression> VisitAttribute(BoundAttributeTarget node) => value =>
        Linq.Expression.Dynamic(PySetMemberBinder.Get(node.Name), typeof(object), Lower(node.Object), value);

    public Linq.Expression VisitLoadName(BoundLoadName node)
    {
        var storage = node.Storage;
        var raw = storage.Kind switch
        {
            StorageKind.Local => _locals[storage.Index],
            StorageKind.FrameCell or StorageKind.ClosureCell => BoxValue(Box(storage)),
            StorageKind.Global => BoxValue(GlobalCell(storage.Index)),
            _ => throw new InvalidOperationException($"the binder reads class entries with {nameof(BoundLoadClassName)}, not '{storage.Name}' from slot {storage.Index}"),
        };
        if (!node.Checked) return raw;
        var name = Linq.Expression.Constant(storage.Name);
        return storage.Kind switch
        {
            // A global falls back to builtins when its cell is unbound.
            StorageKind.Global => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.LoadGlobal), null, GlobalCell(storage.Index), name),
            _ when storage.IsFree => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.CheckFree), null, raw, name),
            _ => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.CheckLocal), null, raw, name),
        };
    }

    // Class bodies look names up in the namespace being built first (LOAD_NAME, LOAD_CLASSDEREF).
    public Linq.Expression VisitLoadClassName(BoundLoadClassName node) =>
        Linq.Expression.Call(typeof(PyNames), nameof(PyNames.LoadClassName), null,
            Namespace(node.NamespaceSlot), Linq.Expression.Constant(node.Name), GlobalCell(node.GlobalIndex));

    public Linq.Expression VisitLoadClassFree(BoundLoadClassFree node) =>
        Linq.Expression.Call(typeof(PyNames), nameof(PyNames.LoadClassFree), null,
            Namespace(node.NamespaceSlot), Linq.Expression.Constant(node.Cell.Name), Box(node.Cell));

    private Linq.Expression StoreName(NameStorage storage, Linq.Expression value) => storage.Kind switch
    {
        StorageKind.Local => Linq.Expression.Assign(_locals[storage.Index], value),
        StorageKind.FrameCell or StorageKind.ClosureCell => Linq.Expression.Assign(BoxValue(Box(storage)), value),
        StorageKind.Global => Linq.Expression.Assign(BoxValue(GlobalCell(storage.Index)), value),
        _ => Linq.Expression.Assign(Linq.Expression.Property(Namespace(storage.Index), "Item",
            Linq.Expression.Constant(storage.Name, typeof(object))), value),
    };

    public Linq.Expression VisitDeleteName(BoundDeleteName node) => DeleteName(node.Storage);

    private Linq.Expression DeleteName(NameStorage storage)
    {
        var name = Linq.Expression.Constant(storage.Name);
        return storage.Kind switch
        {
            StorageKind.Local => Linq.Expression.Block(
                Linq.Expression.Call(typeof(PyNames), nameof(PyNames.CheckLocal), null, _locals[storage.Index], name),
                Linq.Expression.Assign(_locals[storage.Index], s_unbound),
                Linq.Expression.Empty()),
            StorageKind.FrameCell or StorageKind.ClosureCell => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.DeleteCell), null,
                Box(storage), name, Linq.Expression.Constant(storage.IsFree)),
            StorageKind.Global => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.DeleteGlobal), null, GlobalCell(storage.Index), name),
            _ => Linq.Expression.Call(typeof(PyNames), nameof(PyNames.DeleteClassName), null, Namespace(storage.Index), name),
        };
    }

    /// <summary>The <c>StrongBox&lt;object&gt;</c> variable of a cell: this frame's, or the closure's.</summary>
    private Linq.ParameterExpression Box(NameStorage storage) =>
        storage.Kind == StorageKind.FrameCell ? _cells[storage.Index] : _frees[storage.Index];

    /// <summary>Global cell <paramref name="index"/>: an element of the code's resolved global cells.</summary>
    private Linq.Expression GlobalCell(int index) => Linq.Expression.ArrayIndex(_globalCells, Linq.Expression.Constant(index));

    /// <summary>The class namespace dict held in local slot <paramref name="slot"/>.</summary>
    private Linq.Expression Namespace(int slot) => Linq.Expression.Convert(_locals[slot], typeof(PyDict));
}
