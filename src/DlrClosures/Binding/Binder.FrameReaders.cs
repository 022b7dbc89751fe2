using System.Collections.Immutable;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Functions;
using DlrClosures.Syntax;

namespace DlrClosures.Binding;

// The builtins that read their caller's frame (globals, locals, vars, dir, eval, exec): CPython
// finds the frame at run time; here the binder passes it. A call of such a name, when the name is
// not bound in the function, becomes a call of FrameBuiltins.Dispatch with three leading arguments:
// the value the name has at run time (a module may rebind it: then that value is called with the
// user's arguments alone), the module namespace, and the caller's locals: None at module level
// (they are the globals), the namespace dict in a class body, and in a function a snapshot built
// from the names the scope table lists, read without unbound checks (FrameBuiltins.Snapshot drops
// the unbound ones), as PyFrame_FastToLocals does.
internal sealed partial class Binder
{
    private static readonly HashSet<string> FrameReaders = ["globals", "locals", "vars", "dir", "eval", "exec"];

    private BoundExpr BindFrameReaderCall(CallExpr call, BoundExpr callee)
    {
        var span = call.Span;
        BoundExpr locals;
        if (_context.IsModule)
        {
            locals = new BoundConstant(PyNone.Instance, span);
        }
        else if (_context.IsClass)
        {
            locals = new BoundLoadName(new NameStorage(StorageKind.Local, _context.ClassNamespace, ".namespace"), Checked: false, span);
        }
        else
        {
            var names = _context.Scope.VarNames.Concat(_context.Scope.CellVars).Concat(_context.Scope.FreeVars).Distinct().ToArray();
            var values = names.Select(n => RawLoad(n, span)).ToImmutableArray();
            locals = new BoundCall(new BoundConstant(FrameBuiltins.Snapshot, span),
                [new BoundConstant(new PyTuple(names.Select(n => (object)n).ToArray()), span),
                 new BoundSequenceDisplay(CollectionKind.Tuple, values, values.Select(_ => false).ToImmutableArray(), span)],
                [], Positional: true, span);
        }
        var arguments = new[] { callee, new BoundFrameGlobals(span), locals }
            .Concat(call.Args.Select(BindExpression)).Concat(call.Keywords.Select(k => BindExpression(k.Value))).ToImmutableArray();
        var keywords = call.Keywords.Select(k => k.Arg!).ToImmutableArray();
        return new BoundCall(new BoundConstant(FrameBuiltins.Dispatch, span), arguments, keywords,
            Positional: keywords.IsEmpty && arguments.Length <= PyCode.MaxFastArity, span);
    }
}
