using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Nested int arithmetic without boxing the intermediates. `i * 2 % 7`, `total += i % 7` or
// `(a + b) % m` would box every intermediate result only for the next operation to unbox it. The
// binder marks such a tree (BoundIntChain) with its operands in evaluation order, having checked
// that reading them all first is unobservable; here, when every operand is an int that fits in a long, the tree is
// computed in longs with LongArithmetic's checked operations and only the final result is boxed.
// Any other operand type, an overflow or a zero divisor leaves for the chain's general form, which
// reads the evaluated operands back from their temporaries and raises or promotes exactly as
// CPython does.
internal sealed partial class CodeLowerer
{
    public Linq.Expression VisitIntChain(BoundIntChain node)
    {
        var temps = new List<Linq.ParameterExpression>();
        var body = new List<Linq.Expression>();
        // Void jumps and a result variable: a label that receives a value must lie in an outer block
        // of the jump, which an f-string's or a call's argument position does not give.
        var slow = Linq.Expression.Label("int_fallback");
        var done = Linq.Expression.Label("int_done");
        var boxed = Linq.Expression.Variable(typeof(object), "int_result");
        temps.Add(boxed);

        // 1. Every operand in order into its temporary; only then whether each is a long (the
        //    general form needs them all).
        for (int i = 0; i < node.Operands.Length; i++)
            body.Add(Linq.Expression.Assign(_locals[node.OperandSlots[i]], Lower(node.Operands[i])));
        var longs = new Linq.Expression[node.Operands.Length];
        for (int i = 0; i < longs.Length; i++)
        {
            var value = _locals[node.OperandSlots[i]];
            var number = Linq.Expression.Variable(typeof(long), "int");
            temps.Add(number);
            body.Add(Linq.Expression.IfThen(Linq.Expression.Not(Linq.Expression.TypeIs(value, typeof(long))), Linq.Expression.Goto(slow)));
            body.Add(Linq.Expression.Assign(number, Linq.Expression.Unbox(value, typeof(long))));
            longs[i] = number;
        }

        // 2. The operations, innermost first; each may refuse (overflow, zero divisor).
        Linq.Expression Compute(IntTree tree)
        {
            switch (tree)
            {
                case IntOperand operand:
                    return longs[operand.Index];
                case IntConstant constant:
                    return Linq.Expression.Constant(constant.Value);
                case IntOperation operation:
                    var a = Compute(operation.Left);
                    var b = Compute(operation.Right);
                    var result = Linq.Expression.Variable(typeof(long), "result");
                    temps.Add(result);
                    body.Add(Linq.Expression.IfThen(Linq.Expression.Not(
                        Linq.Expression.Call(LongArithmetic.MethodFor(operation.Op), a, b, result)), Linq.Expression.Goto(slow)));
                    return result;
                default:
                    throw new InvalidOperationException($"unknown int tree node {tree.GetType().Name}");
            }
        }
        var total = Compute(node.Tree);
        body.Add(Linq.Expression.Assign(boxed, Linq.Expression.Call(typeof(PyInt), nameof(PyInt.Box), null, total)));
        body.Add(Linq.Expression.Goto(done));

        // 3. The general form, over the operands already evaluated.
        body.Add(Linq.Expression.Label(slow));
        body.Add(Linq.Expression.Assign(boxed, Lower(node.General)));
        body.Add(Linq.Expression.Label(done));
        body.Add(boxed);
        return Linq.Expression.Block(typeof(object), temps, body);
    }
}
