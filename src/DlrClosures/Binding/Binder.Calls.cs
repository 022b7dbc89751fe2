using System.Collections.Immutable;
using DlrClosures.Runtime.Functions;
using DlrClosures.Syntax;

namespace DlrClosures.Binding;

// Calls: callee, positional arguments, then keyword values, left to right; a call that spreads
// *args or **kwargs takes the runtime's flattening path.
internal sealed partial class Binder
{
    private BoundExpr BindCall(CallExpr call)
    {
        if (call.Func is NameExpr { Id: "super" } && call.Args.IsEmpty && call.Keywords.IsEmpty && ZeroArgumentSuper(call) is { } super)
            return super;
        var callee = BindExpression(call.Func);
        bool spreads = call.Args.Any(a => a is StarredExpr) || call.Keywords.Any(k => k.Arg is null);
        if (spreads)
        {
            var positional = call.Args.Select(a => BindExpression(a is StarredExpr s ? s.Value : a)).ToImmutableArray();
            return new BoundSpreadCall(callee, positional, call.Args.Select(a => a is StarredExpr).ToImmutableArray(),
                call.Keywords.Select(k => k.Arg).ToImmutableArray(), call.Keywords.Select(k => BindExpression(k.Value)).ToImmutableArray(), call.Span);
        }
        if (call.Func is NameExpr { Id: var id } && FrameReaders.Contains(id) && _context.Lookup(id) == Scoping.BindingKind.GlobalImplicit)
            return BindFrameReaderCall(call, callee);
        var arguments = call.Args.Select(BindExpression).Concat(call.Keywords.Select(k => BindExpression(k.Value))).ToImmutableArray();
        var keywords = call.Keywords.Select(k => k.Arg!).ToImmutableArray();
        return new BoundCall(callee, arguments, keywords, Positional: keywords.IsEmpty && arguments.Length <= PyCode.MaxFastArity, call.Span);
    }

    /// <summary>
    /// <c>super()</c> in a function: CPython's super_init_without_args reads the frame's
    /// <c>__class__</c> cell and first argument at run time; here the binder hands both to the
    /// runtime, with whatever <c>super</c> names (a rebound <c>super</c> is called with no
    /// arguments). The first argument is the innermost function's first positional parameter, read
    /// as it is now (a lambda or nested def has its own; a comprehension's is its iterator).
    /// </summary>
    private BoundExpr? ZeroArgumentSuper(CallExpr call)
    {
        var scope = _context.Scope;
        if (scope.Kind is Scoping.ScopeKind.Module or Scoping.ScopeKind.Class) return null;
        var span = call.Span;
        var superValue = BindExpression(call.Func);
        BoundExpr classCell = _context.Lookup("__class__") is Scoping.BindingKind.Free or Scoping.BindingKind.Cell
            ? new BoundLoadName(_context.GetBox("__class__"), Checked: false, span)
            : new BoundConstant(Runtime.Classes.PySuper.NoClassCell, span);
        BoundExpr first = new BoundConstant(Runtime.PyUnbound.Instance, span);
        bool hasFirst = false;
        if (scope.Kind == Scoping.ScopeKind.Comprehension)
        {
            // The comprehension's own first argument is its iterator, never an instance.
            first = new BoundConstant(Runtime.Classes.PySuper.ComprehensionIterator, span);
            hasFirst = true;
        }
        else if (((scope.Node as FunctionDefStmt)?.Args ?? (scope.Node as LambdaExpr)?.Args) is { Args.IsEmpty: false } arguments)
        {
            first = RawLoad(arguments.Args[0].Name, span);
            hasFirst = true;
        }
        var make = new BoundConstant(Runtime.Classes.PySuper.ZeroArguments, span);
        return new BoundCall(make, [superValue, classCell, first, new BoundConstant(Runtime.PyBool.Box(hasFirst), span)], [], Positional: false, span);
    }

    /// <summary><c>callee(argument)</c>, positional: how a decorator is applied.</summary>
    private static BoundCall CallOne(BoundExpr callee, BoundExpr argument) =>
        new(callee, [argument], [], Positional: true, argument.Span);
}
