using System.Runtime.CompilerServices;
using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// def, lambda and class. A def or lambda site gets its PyCode here, once, when the enclosing code
// is translated; the translated code embeds it as a constant, so evaluating the def at run time
// only allocates the function object (with its defaults and the cells its free variables name),
// never a new delegate. A class body runs inline over the namespace dict in its local slot, and
// ClassBuilder calls the metaclass with it.
internal sealed partial class CodeLowerer
{
    private static readonly System.Reflection.ConstructorInfo s_newFunction = typeof(PyFunction).GetConstructors()[0];

    public Linq.Expression VisitMakeFunction(BoundMakeFunction node)
    {
        var code = Linq.Expression.Constant(_createNested is null ? Lowerer.CreateCode(node.Code) : _createNested(node.Code));
        Linq.Expression defaults = node.Defaults.IsEmpty
            ? Linq.Expression.Constant(null, typeof(object[]))
            : Linq.Expression.NewArrayInit(typeof(object), node.Defaults.Select(Lower));
        Linq.Expression kwDefaults = node.KwDefaultNames.IsEmpty
            ? Linq.Expression.Constant(null, typeof(PyDict))
            : Linq.Expression.Call(typeof(PyDisplays), nameof(PyDisplays.Dict), null,
                Linq.Expression.NewArrayInit(typeof(object), node.KwDefaultNames.Select(name => Linq.Expression.Constant(name, typeof(object)))),
                Linq.Expression.NewArrayInit(typeof(object), node.KwDefaultValues.Select(Lower)));
        var globals = Linq.Expression.Property(_function, nameof(PyFunction.Globals));
        // One captured variable (the common closure) is passed as its cell: no cells array.
        if (node.Closure.Length == 1)
            return Linq.Expression.Call(typeof(PyFunction), nameof(PyFunction.WithCell), null, code, Box(node.Closure[0]), defaults, kwDefaults, globals);
        Linq.Expression closure = node.Closure.IsEmpty
            ? Linq.Expression.Constant(null, typeof(StrongBox<object>[]))
            : Linq.Expression.NewArrayInit(typeof(StrongBox<object>), node.Closure.Select(Box));
        return Linq.Expression.New(s_newFunction, code, closure, defaults, kwDefaults, globals);
    }

    // bases and keywords, the metaclass and its namespace (ClassBuilder.Prepare), whose first
    // entries CPython sets before the body runs, so the body can read them; the body run over it,
    // then the metaclass called (ClassBuilder.Finish), which fills the __class__ cell.
    public Linq.Expression VisitMakeClass(BoundMakeClass node)
    {
        var definition = Linq.Expression.Variable(typeof(ClassDefinition), "definition");
        var ns = _locals[node.NamespaceSlot];
        Linq.Expression cell = node.ClassCell is null ? Linq.Expression.Constant(null, typeof(StrongBox<object>)) : Box(node.ClassCell);
        return Linq.Expression.Block(typeof(object), [definition],
            Linq.Expression.Assign(definition, Linq.Expression.Call(typeof(ClassBuilder), nameof(ClassBuilder.Prepare), null,
                Linq.Expression.Constant(node.Name),
                Linq.Expression.NewArrayInit(typeof(object), node.Bases.Select(Lower)),
                Linq.Expression.Constant(node.KeywordNames.ToArray()),
                Linq.Expression.NewArrayInit(typeof(object), node.KeywordValues.Select(Lower)))),
            Linq.Expression.Assign(ns, Linq.Expression.Property(definition, nameof(ClassDefinition.Namespace))),
            Linq.Expression.Assign(Linq.Expression.Property(Namespace(node.NamespaceSlot), "Item", Linq.Expression.Constant("__module__", typeof(object))),
                Linq.Expression.Property(Linq.Expression.Property(_function, nameof(PyFunction.Globals)), nameof(PyGlobals.ModuleName))),
            SetNamespaceItem(node.NamespaceSlot, "__qualname__", node.QualifiedName),
            SetNamespaceItem(node.NamespaceSlot, "__doc__", (object?)node.Doc ?? PyNone.Instance),
            Lower(node.Body),
            Linq.Expression.Call(typeof(ClassBuilder), nameof(ClassBuilder.Finish), null, definition, cell));
    }

    private Linq.Expression SetNamespaceItem(int slot, string name, object value) =>
        Linq.Expression.Assign(Linq.Expression.Property(Namespace(slot), "Item", Linq.Expression.Constant(name, typeof(object))),
            Linq.Expression.Constant(value, typeof(object)));
}
