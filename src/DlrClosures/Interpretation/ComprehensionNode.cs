using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// A list, set or dict comprehension or a generator expression. CPython 3.11 runs each as a nested
/// function called at once; here, as in compiled code, it runs inline in the enclosing frame with
/// slots of its own, which keeps its semantics (its own locals, and cells created once per
/// evaluation, so <c>[lambda: i for i in ...]</c> shares one cell for i) without a function object
/// and a call per evaluation. A generator expression is evaluated eagerly into a list and handed
/// out as an iterator.
/// </summary>
internal sealed class ComprehensionNode : ExecExpr
{
    public enum Kind { List, Set, Dict, Generator }

    /// <summary>One <c>for target in iter if ...</c> clause; the first clause's iterable belongs to the enclosing scope.</summary>
    public sealed record Clause(ExecExpr Iterable, ExecTarget Target, ExecExpr[] Conditions);

    private readonly Kind _kind;
    private readonly Clause[] _clauses;
    private readonly ExecExpr _element;
    private readonly ExecExpr? _value;
    private readonly int[] _cells;
    private readonly int[] _unboundLocals;

    /// <param name="kind">What the comprehension builds.</param>
    /// <param name="clauses">The for clauses, outermost first.</param>
    /// <param name="element">The element, or for a dict comprehension the key.</param>
    /// <param name="value">The value of a dict comprehension.</param>
    /// <param name="cells">The cells the comprehension creates on each evaluation.</param>
    /// <param name="unboundLocals">Its locals, unbound again on each evaluation.</param>
    public ComprehensionNode(Kind kind, Clause[] clauses, ExecExpr element, ExecExpr? value, int[] cells, int[] unboundLocals)
    {
        _kind = kind;
        _clauses = clauses;
        _element = element;
        _value = value;
        _cells = cells;
        _unboundLocals = unboundLocals;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override object Evaluate(Frame frame)
    {
        foreach (int cell in _cells) frame.Cells![cell] = new StrongBox<object>(PyUnbound.Instance);
        foreach (int local in _unboundLocals) frame.SetLocal(local, PyUnbound.Instance);
        object result = _kind switch
        {
            Kind.Set => new PySet(),
            Kind.Dict => new PyDict(),
            _ => new PyList(),
        };
        Loop(frame, 0, result);
        return _kind == Kind.Generator ? PyIteration.GetIterator(result) : result;
    }

    private void Loop(Frame frame, int depth, object result)
    {
        var clause = _clauses[depth];
        var iterator = PyIteration.GetIterator(clause.Iterable.Evaluate(frame));
        bool innermost = depth == _clauses.Length - 1;
        while (iterator.MoveNext(out var item))
        {
            clause.Target.Assign(frame, item);
            if (!Passes(frame, clause.Conditions)) continue;
            if (innermost) Add(frame, result);
            else Loop(frame, depth + 1, result);
        }
    }

    private static bool Passes(Frame frame, ExecExpr[] conditions)
    {
        foreach (var condition in conditions)
            if (!condition.EvaluateBool(frame)) return false;
        return true;
    }

    // A dict comprehension evaluates the key first, then the value (the 3.8+ order).
    private void Add(Frame frame, object result)
    {
        switch (result)
        {
            case PyList list: list.Append(_element.Evaluate(frame)); break;
            case PySet set: set.Add(_element.Evaluate(frame)); break;
            default:
                var key = _element.Evaluate(frame);
                ((PyDict)result)[key] = _value!.Evaluate(frame);
                break;
        }
    }
}
