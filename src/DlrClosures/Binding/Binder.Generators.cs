using System.Collections.Immutable;
using DlrClosures.Runtime.Functions;
using DlrClosures.Scoping;
using DlrClosures.Syntax;

namespace DlrClosures.Binding;

// Generators: the body of a def or lambda that yields, and every generator expression, become a
// code object whose yields are resume points (BoundYield, BoundYieldFrom), numbered in source order,
// each a statement of its own; GeneratorInfo records which statements contain which, for the back
// ends' resumable translations. The frame already holds every local, cell and temporary, so it is
// the generator's state as it is.
//
// A yield inside an expression is spilled: it becomes a statement ahead of the statement it is in,
// its value stored to a temporary that the expression reads (`x = f((yield a), (yield b))` runs
// `t1 = yield a; t2 = yield b; x = f(t1, t2)`). Operands to the left of a yield are therefore
// evaluated after it, not before; a yield in a part of an expression that may not run (after
// `and`/`or`, in a conditional expression, after a comparison chain's first link), in a while test
// or in an except clause's type is refused as not supported.
internal sealed partial class Binder
{
    // The statements spilled ahead of the statement being bound (null outside a generator's own statements).
    private List<BoundStmt>? _spill;

    // How many parts of an expression that may not run enclose the expression being bound.
    private int _conditional;

    // The builtins whose result a for loop cannot close (never a generator): a loop over them stays
    // free to leave the interpreter midway (on-stack replacement). So are dict views.
    private static readonly HashSet<string> s_notGenerators = new(StringComparer.Ordinal)
    {
        "range", "enumerate", "zip", "reversed", "sorted", "list", "tuple", "set", "frozenset", "dict", "str", "map", "filter", "iter",
    };

    /// <summary>
    /// Whether a for loop over <paramref name="iterable"/> owns what it iterates: a generator
    /// expression, or a call (other than of the builtins above and of dict views), whose result
    /// only the loop holds. The loop closes it when it is a generator (<see cref="BoundFor.ClosesIterator"/>).
    /// </summary>
    private static bool OwnsIterable(Expr iterable) => iterable switch
    {
        GeneratorExpExpr => true,
        CallExpr { Func: NameExpr name } => !s_notGenerators.Contains(name.Id),
        CallExpr { Func: AttributeExpr { Attr: "items" or "keys" or "values" } } => false,
        CallExpr => true,
        _ => false,
    };

    /// <summary>Binds a part of an expression that may not run: no yield may be spilled out of it.</summary>
    private T Conditionally<T>(Func<T> bind)
    {
        _conditional++;
        try
        {
            return bind();
        }
        finally
        {
            _conditional--;
        }
    }

    // A yield inside an expression: spilled ahead of the statement into a temporary, which the expression reads.
    private BoundExpr BindYieldExpression(Expr expression)
    {
        if (!_code.InFunction) throw Error(expression, BindingMessages.YieldOutsideFunction);
        if (_spill is null || _conditional > 0) throw Error(expression, BindingMessages.YieldInConditionalPart);
        var (target, load) = Temp(expression.Span);
        var spill = _spill;
        spill.Add(BindYieldStatement(expression, target));
        return load;
    }

    /// <summary><c>yield value</c> or <c>yield from iterable</c> as a statement whose result goes to <paramref name="target"/>.</summary>
    private BoundStmt BindYieldStatement(Expr expression, BoundTarget? target) => expression switch
    {
        YieldExpr y => BindYield(y, target),
        YieldFromExpr y => BindYieldFrom(y, target),
        _ => throw new InvalidOperationException($"{expression.GetType().Name} is not a yield"),
    };

    // The value first (a yield inside it is spilled, and numbered, before this one).
    private BoundYield BindYield(YieldExpr expression, BoundTarget? target)
    {
        var value = expression.Value is null ? null : BindExpression(expression.Value);
        return new BoundYield(++_code.YieldCount, value, target, expression.Span);
    }

    private BoundYieldFrom BindYieldFrom(YieldFromExpr expression, BoundTarget? target)
    {
        var iterable = BindExpression(expression.Value);
        return new BoundYieldFrom(++_code.YieldCount, iterable, target, expression.Span);
    }

    // A lambda that yields: its expression's yields spilled, then its value returned (the generator's return value).
    private BoundBlock GeneratorLambdaBody(Expr body)
    {
        _spill = [];
        var value = BindExpression(body);
        var statements = new List<BoundStmt>(_spill) { new BoundReturn(value, 0, body.Span) };
        _spill = null;
        return new BoundBlock([.. statements], [.. statements.Select(_ => 0)], body.Span);
    }

    /// <summary>
    /// A generator expression (compiler_genexp): a generator function of one parameter, <c>.0</c>,
    /// made and called at once with the iterator of the first iterable, which is evaluated here in
    /// the enclosing scope; its body is the loops, their conditions and a yield of the element.
    /// Names of the enclosing function it reads are its closure, as for a lambda. It runs lazily:
    /// nothing but the first iterable is evaluated before the first <c>next()</c>.
    /// </summary>
    private BoundExpr BindGeneratorExpression(GeneratorExpExpr node)
    {
        var scope = _scopes.GetScope(node);
        var firstIterable = BindExpression(node.Generators[0].Iter);
        var signature = new CodeSignature([".0"], null, [], null);
        var frame = new FrameBuilder(signature.SlotNames);
        var (savedContext, savedCode, savedSpill, savedConditional) = (_context, _code, _spill, _conditional);
        _context = ScopeContext.ForFunction(scope, frame, signature.SlotNames);
        _code = new CodeState { InFunction = true, IsGenerator = true, HasLoops = true };
        (_spill, _conditional) = (null, 0);
        BoundCode code;
        try
        {
            // In compile order: each loop's iterable (the first is the parameter), target and
            // conditions, then the element.
            var loops = new List<(BoundExpr Iterable, BoundTarget Target, ImmutableArray<BoundCondition> Conditions, Comprehension Source)>();
            for (int i = 0; i < node.Generators.Length; i++)
            {
                var generator = node.Generators[i];
                var iterable = i == 0
                    ? new BoundLoadName(new NameStorage(StorageKind.Local, 0, ".0"), Checked: false, generator.Iter.Span)
                    : BindExpression(generator.Iter);
                var target = BindTarget(generator.Target);
                loops.Add((iterable, target, generator.Ifs.Select(BindCondition).ToImmutableArray(), generator));
            }
            var element = BindExpression(node.Elt);
            BoundStmt body = new BoundYield(++_code.YieldCount, element, null, node.Elt.Span);
            for (int i = loops.Count - 1; i >= 0; i--)
            {
                var (iterable, target, conditions, source) = loops[i];
                for (int c = conditions.Length - 1; c >= 0; c--)
                    body = new BoundIf(conditions[c], body, BoundBlock.Empty, source.Ifs[c].Span);
                body = new BoundFor(iterable, target, body, BoundBlock.Empty, 0, LoopCheckpoint, source.Span);
            }
            var block = new BoundBlock([body], [node.Span.Line], node.Span);
            code = new BoundCode(CodeKind.Function, signature, CodeLayout.Names(scope, "<genexpr>"), _source, node.Span.Line, null,
                frame.ToLayout(scope.FreeVars.Count), block)
            {
                HasLoops = true,
                ExpressionCount = _code.ExpressionCount,
                MaxNesting = _code.MaxNesting,
                Generator = GeneratorInfo.Analyze(block, _code.YieldCount),
            };
        }
        finally
        {
            (_context, _code, _spill, _conditional) = (savedContext, savedCode, savedSpill, savedConditional);
        }
        var closure = scope.FreeVars.Select(_context.GetBox).ToImmutableArray();
        var make = new BoundMakeFunction(code, [], [], [], closure, node.Span);
        return CallOne(make, new BoundGetIterator(firstIterable, node.Span));
    }
}
