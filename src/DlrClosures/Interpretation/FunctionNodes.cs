using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Evaluating <c>def</c>, <c>lambda</c> and the decorators of a def or class. The code object was
/// made when the enclosing code was prepared; evaluating the definition allocates only the function
/// object, its evaluated defaults and the array of the cells it closes over, taken from this frame.
/// </summary>
internal static class FunctionNodes
{
    public sealed class MakeFunction(PyCode code, BoxRef[] closure, ExecExpr[]? defaults, object[] keywordOnlyNames, ExecExpr[] keywordOnlyDefaults) : ExecExpr
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override object Evaluate(Frame frame)
        {
            var defaultValues = defaults is null ? null : DisplayNodes.EvaluateAll(defaults, frame);
            var kwDefaults = keywordOnlyNames.Length == 0
                ? null
                : PyDisplays.Dict(keywordOnlyNames, DisplayNodes.EvaluateAll(keywordOnlyDefaults, frame));
            // One captured variable is passed as its cell, as the compiler does: no cells array.
            if (closure.Length == 1)
                return PyFunction.WithCell(code, closure[0].Get(frame), defaultValues, kwDefaults, frame.Function.Globals);
            StrongBox<object>[]? cells = null;
            if (closure.Length > 0)
            {
                cells = new StrongBox<object>[closure.Length];
                for (int i = 0; i < closure.Length; i++) cells[i] = closure[i].Get(frame);
            }
            return new PyFunction(code, cells, defaultValues, kwDefaults, frame.Function.Globals);
        }
    }

    /// <summary>
    /// A def or class statement: in CPython's order, the decorators are evaluated top to bottom,
    /// then the object is made, then the decorators are applied bottom-up and the result is bound.
    /// </summary>
    public sealed class Define(ExecExpr[] decorators, ExecExpr create, ExecTarget name) : ExecStmt
    {
        private readonly CallSite<Func<CallSite, object, object, object>>[] _sites = decorators
            .Select(_ => CallSite<Func<CallSite, object, object, object>>.Create(PyInvokeBinder.Get(1, [])))
            .ToArray();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            if (decorators.Length == 0)
            {
                name.Assign(frame, create.Evaluate(frame));
                return Completion.Normal;
            }
            var functions = DisplayNodes.EvaluateAll(decorators, frame);
            var value = create.Evaluate(frame);
            for (int i = functions.Length - 1; i >= 0; i--)
                value = functions[i] is PyCallable decorator ? decorator.Call1(value) : _sites[i].Target(_sites[i], functions[i], value);
            name.Assign(frame, value);
            return Completion.Normal;
        }
    }
}
