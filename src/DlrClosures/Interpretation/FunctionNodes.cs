using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Evaluating <c>def</c> and <c>lambda</c>. The code object was made when the enclosing code was
/// prepared; evaluating the definition allocates only the function object, its evaluated defaults
/// and the array of the cells it closes over, taken from this frame.
/// </summary>
internal static class FunctionNodes
{
    public sealed class MakeFunction(PyCode code, BoxRef[] closure, ExecExpr[]? defaults, object[] keywordOnlyNames, ExecExpr[] keywordOnlyDefaults) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var defaultValues = defaults is null ? null : DisplayNodes.EvaluateAll(defaults, frame);
            var kwDefaults = keywordOnlyNames.Length == 0
                ? null
                : PyDisplays.Dict(keywordOnlyNames, DisplayNodes.EvaluateAll(keywordOnlyDefaults, frame));
            // One captured variable is passed as its cell: no cells array.
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
}
