using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Generators;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Generators in the compiled engine. A generator's body (BoundCode.Generator) is not translated to
// IL yet: Lowerer.NeedsInterpreter sends it to the interpreter, which runs the resumable form the
// binder made (Interpretation/GeneratorNodes), as for a body too large for the IL compiler; the
// generator object and everything around it are shared. What compiled code does meet is the for
// loop that closes the generator it iterates.
internal sealed partial class CodeLowerer
{
    public Linq.Expression VisitYield(BoundYield node) =>
        throw new InvalidOperationException("a generator's body runs on the interpreter (Lowerer.NeedsInterpreter)");

    public Linq.Expression VisitYieldFrom(BoundYieldFrom node) =>
        throw new InvalidOperationException("a generator's body runs on the interpreter (Lowerer.NeedsInterpreter)");

    // BoundFor.ClosesIterator: however the loop ends, a generator it iterates is closed. No
    // compiled code jumps into such a loop (the interpreter never leaves a call inside one).
    private Linq.Expression ClosingIterator(Linq.Expression loop, Linq.ParameterExpression iterator) =>
        Linq.Expression.TryFinally(loop,
            Linq.Expression.Call(typeof(PyGenerator), nameof(PyGenerator.CloseOwned), null, iterator));
}
