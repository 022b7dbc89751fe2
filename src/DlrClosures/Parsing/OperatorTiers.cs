using System.Collections.Immutable;
using DlrClosures.Syntax;
using DlrClosures.Text;
using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// The operator tiers of Python's expression precedence (language reference §6.5–6.11), tightest
/// first: power, unary, term, arith, shift, &amp;, ^, |, comparison, not, and, or. Each tier is a
/// Sprache parser, but instead of trying each of its operators as an alternative it reads the next
/// token once (<see cref="LexicalTable"/>) and decides: the operator of this tier, or the end of the
/// chain. A chain is read in a loop, so its length costs no stack.
/// <para>What the grammar notes for "invalid syntax" is unchanged: where the loop stops, the position
/// of the token that is not one of the tier's operators is noted, as the failed alternatives did;
/// an operator whose operand fails ends the chain before the operator, as Sprache's <c>Many</c>
/// does; prefix runs and long chains are refused with the same errors
/// (<see cref="ExpressionGrammar.CheckChainLength{T}"/>, <see cref="ParseContext.MaxPrefixRun"/>).</para>
/// </summary>
internal static class OperatorTiers
{
    private enum Tier { BitOr, BitXor, BitAnd, Shift, Arith, Term }

    private static readonly Parser<Expr> Primary = Rule.Ref(() => AtomGrammar.Primary);

    private static readonly Parser<Expr> UnaryRef = Rule.Ref(() => Unary);

    private static readonly Parser<Expr> Exponent = ExpressionGrammar.Guarded(UnaryRef);

    /// <summary>For each operator of <see cref="LexicalTable.Operators"/>: its binary tier, or -1.</summary>
    private static readonly int[] TierOf;

    private static readonly BinaryOperator[] BinaryOf;

    private static readonly int PowIndex = LexicalTable.OperatorIndex("**");

    private static readonly int[] UnaryIndex =
        [LexicalTable.OperatorIndex("-"), LexicalTable.OperatorIndex("+"), LexicalTable.OperatorIndex("~")];

    private static readonly UnaryOperator[] UnaryOf = [UnaryOperator.USub, UnaryOperator.UAdd, UnaryOperator.Invert];

    /// <summary>Where <paramref name="operatorIndex"/> is in <see cref="UnaryIndex"/>, or -1.</summary>
    private static int UnaryPosition(int operatorIndex)
    {
        for (int k = 0; k < UnaryIndex.Length; k++)
            if (UnaryIndex[k] == operatorIndex) return k;
        return -1;
    }

    private static readonly (int Index, CompareOperator Op)[] CompareOperators =
    [
        (LexicalTable.OperatorIndex("=="), CompareOperator.Eq), (LexicalTable.OperatorIndex("!="), CompareOperator.NotEq),
        (LexicalTable.OperatorIndex("<="), CompareOperator.LtE), (LexicalTable.OperatorIndex(">="), CompareOperator.GtE),
        (LexicalTable.OperatorIndex("<"), CompareOperator.Lt), (LexicalTable.OperatorIndex(">"), CompareOperator.Gt),
    ];

    static OperatorTiers()
    {
        TierOf = new int[LexicalTable.Operators.Length];
        BinaryOf = new BinaryOperator[LexicalTable.Operators.Length];
        for (int i = 0; i < TierOf.Length; i++) TierOf[i] = -1;
        void Add(string op, Tier tier, BinaryOperator binary)
        {
            int index = LexicalTable.OperatorIndex(op);
            TierOf[index] = (int)tier;
            BinaryOf[index] = binary;
        }
        Add("*", Tier.Term, BinaryOperator.Mult);
        Add("/", Tier.Term, BinaryOperator.Div);
        Add("//", Tier.Term, BinaryOperator.FloorDiv);
        Add("%", Tier.Term, BinaryOperator.Mod);
        Add("@", Tier.Term, BinaryOperator.MatMult);
        Add("+", Tier.Arith, BinaryOperator.Add);
        Add("-", Tier.Arith, BinaryOperator.Sub);
        Add("<<", Tier.Shift, BinaryOperator.LShift);
        Add(">>", Tier.Shift, BinaryOperator.RShift);
        Add("&", Tier.BitAnd, BinaryOperator.BitAnd);
        Add("^", Tier.BitXor, BinaryOperator.BitXor);
        Add("|", Tier.BitOr, BinaryOperator.BitOr);
    }

    /// <summary><c>primary ** unary</c>: right-associative, and the exponent may be signed (<c>2**-1</c>).</summary>
    public static readonly Parser<Expr> Power = input =>
    {
        var left = AwaitPrimary(input);
        if (!left.WasSuccessful) return left;
        var rest = left.Remainder;
        int p = Tokens.NextTokenStart(rest);
        if (OperatorAt(rest, p) != PowIndex)
        {
            ParseContext.Of(input).NoteFailure(p);
            return left;
        }
        var right = Exponent(LogicalInput.Jump(rest, p + 2));
        if (!right.WasSuccessful) return left;
        return Result.Success<Expr>(new BinOpExpr(left.Value, BinaryOperator.Pow, right.Value, ExpressionGrammar.Cover(left.Value, right.Value)), right.Remainder);
    };

    /// <summary>CPython's <c>await_primary</c>: <c>await</c> binds tighter than <c>**</c> and looser than a primary's trailers.</summary>
    private static IResult<Expr> AwaitPrimary(IInput input)
    {
        var table = Dispatch.Table(input);
        int p = table.SkipBlanks(input.Position);
        if (Dispatch.WordAt(table, p) != "await") return Primary(input);
        var operand = Primary(LogicalInput.Jump(input, p + 5));
        if (!operand.WasSuccessful) return operand;
        var span = SourceSpan.Cover(ParseContext.Current.Span(p, p + 5), operand.Value.Span);
        return Result.Success<Expr>(new AwaitExpr(operand.Value, span), operand.Remainder);
    }

    /// <summary>
    /// <c>-x</c>, <c>+x</c>, <c>~x</c>, looser than <c>**</c> on their right (<c>-2**2 == -4</c>). A run of
    /// signs is read iteratively, so 100,000 of them cannot exhaust the stack.
    /// </summary>
    public static readonly Parser<Expr> Unary = input =>
    {
        List<(int Start, UnaryOperator Op)>? ops = null;
        var rest = input;
        while (true)
        {
            int p = Tokens.NextTokenStart(rest);
            int k = UnaryPosition(OperatorAt(rest, p));
            if (k < 0)
            {
                ParseContext.Of(input).NoteFailure(p);
                break;
            }
            (ops ??= []).Add((p, UnaryOf[k]));
            rest = LogicalInput.Jump(rest, p + 1);
        }
        var operand = Power(rest);
        if (!operand.WasSuccessful || ops is null) return operand;
        return Result.Success(FoldPrefix(ops, operand.Value), operand.Remainder);
    };

    public static readonly Parser<Expr> Term = input => Binary(input, Tier.Term);

    public static readonly Parser<Expr> Arith = input => Binary(input, Tier.Arith);

    public static readonly Parser<Expr> Shift = input => Binary(input, Tier.Shift);

    public static readonly Parser<Expr> BitAnd = input => Binary(input, Tier.BitAnd);

    public static readonly Parser<Expr> BitXor = input => Binary(input, Tier.BitXor);

    /// <summary>CPython's <c>bitwise_or</c>: the operand of comparisons, and what targets are made of.</summary>
    public static readonly Parser<Expr> BitOr = input => Binary(input, Tier.BitOr);

    /// <summary>A comparison chain <c>a &lt; b == c</c> is one node, as in CPython.</summary>
    public static readonly Parser<Expr> Comparison = input =>
    {
        var first = BitOr(input);
        if (!first.WasSuccessful) return first;
        List<(CompareOperator Op, Expr Right)>? chain = null;
        var rest = first.Remainder;
        while (true)
        {
            int p = Tokens.NextTokenStart(rest);
            if (!TryCompareOperator(rest, p, out var op, out int after)) break;
            var right = BitOr(LogicalInput.Jump(rest, after));
            if (!right.WasSuccessful) break;
            (chain ??= []).Add((op, right.Value));
            rest = right.Remainder;
        }
        if (chain is null) return first;
        var left = first.Value;
        return Result.Success<Expr>(
            new CompareExpr(left, [.. chain.Select(c => c.Op)], [.. chain.Select(c => c.Right)], ExpressionGrammar.Cover(left, chain[^1].Right)),
            rest);
    };

    /// <summary><c>not not x</c>, read iteratively like the unary signs.</summary>
    public static readonly Parser<Expr> Not = input =>
    {
        List<(int Start, UnaryOperator Op)>? nots = null;
        var rest = input;
        while (true)
        {
            int p = Tokens.NextTokenStart(rest);
            if (!IsKeyword(rest, p, "not", out int end))
            {
                ParseContext.Of(input).NoteFailure(p);
                break;
            }
            (nots ??= []).Add((p, UnaryOperator.Not));
            rest = LogicalInput.Jump(rest, end);
        }
        var operand = Comparison(rest);
        if (!operand.WasSuccessful || nots is null) return operand;
        return Result.Success(FoldPrefix(nots, operand.Value), operand.Remainder);
    };

    public static readonly Parser<Expr> And = input => Boolean(input, Not, "and", BoolOperator.And);

    /// <summary>CPython's <c>disjunction</c>.</summary>
    public static readonly Parser<Expr> Or = input => Boolean(input, And, "or", BoolOperator.Or);

    /// <summary>
    /// The binary tiers from <paramref name="lowest"/> to the tightest, by precedence climbing: an
    /// operand, then while the next token is an operator of a tier at least <paramref name="lowest"/>,
    /// that operator and its right operand, read at the next tier up (so the tree is exactly the
    /// tier-by-tier grammar's: left-associative within a tier, tighter tiers nested). One call and one
    /// look at the token after each operand, instead of one per tier.
    /// </summary>
    /// <remarks>
    /// The tiers met in one loop never go up again (a right operand has taken every tighter operator),
    /// so the links of one tier in the loop are exactly one chain of the tier-by-tier grammar, and the
    /// chain-length limit (<see cref="ExpressionGrammar.CheckChainLength{T}"/>) counts them so.
    /// </remarks>
    private static IResult<Expr> Binary(IInput input, Tier lowest)
    {
        var first = Unary(input);
        if (!first.WasSuccessful) return first;
        var left = first.Value;
        var rest = first.Remainder;
        var context = ParseContext.Of(input);
        int chainTier = -1, chainLength = 0;
        Expr chainFirst = left;
        while (true)
        {
            int p = Tokens.NextTokenStart(rest);
            int op = OperatorAt(rest, p);
            int tier = op < 0 ? -1 : TierOf[op];
            if (tier < (int)lowest)
            {
                context.NoteFailure(p);
                break;
            }
            var right = tier == (int)Tier.Term
                ? Unary(LogicalInput.Jump(rest, p + LexicalTable.Operators[op].Length))
                : Binary(LogicalInput.Jump(rest, p + LexicalTable.Operators[op].Length), (Tier)(tier + 1));
            if (!right.WasSuccessful) break;
            if (tier != chainTier)
            {
                ExpressionGrammar.CheckChainLength(chainLength, chainFirst);
                chainTier = tier;
                chainLength = 0;
                chainFirst = left;
            }
            chainLength++;
            left = new BinOpExpr(left, BinaryOf[op], right.Value, ExpressionGrammar.Cover(left, right.Value));
            rest = right.Remainder;
        }
        ExpressionGrammar.CheckChainLength(chainLength, chainFirst);
        return ReferenceEquals(left, first.Value) ? first : Result.Success(left, rest);
    }

    private static IResult<Expr> Boolean(IInput input, Parser<Expr> operand, string keyword, BoolOperator op)
    {
        var first = operand(input);
        if (!first.WasSuccessful) return first;
        List<Expr>? values = null;
        var rest = first.Remainder;
        while (true)
        {
            int p = Tokens.NextTokenStart(rest);
            if (!IsKeyword(rest, p, keyword, out int end))
            {
                ParseContext.Of(input).NoteFailure(p);
                break;
            }
            var next = operand(LogicalInput.Jump(rest, end));
            if (!next.WasSuccessful) break;
            (values ??= [first.Value]).Add(next.Value);
            rest = next.Remainder;
        }
        if (values is null) return first;
        return Result.Success<Expr>(new BoolOpExpr(op, [.. values], ExpressionGrammar.Cover(values[0], values[^1])), rest);
    }

    /// <summary>
    /// <c>==</c> ... <c>&gt;</c>, <c>in</c>, <c>not in</c>, <c>is</c>, <c>is not</c> at <paramref name="p"/>;
    /// false (with the failure noted where the alternatives noted it) when none is there.
    /// </summary>
    private static bool TryCompareOperator(IInput input, int p, out CompareOperator op, out int after)
    {
        var context = ParseContext.Of(input);
        int index = OperatorAt(input, p);
        foreach (var (candidate, compare) in CompareOperators)
        {
            if (candidate != index) continue;
            op = compare;
            after = p + LexicalTable.Operators[index].Length;
            return true;
        }
        op = default;
        after = p;
        if (IsKeyword(input, p, "in", out int end))
        {
            op = CompareOperator.In;
            after = end;
            return true;
        }
        if (IsKeyword(input, p, "not", out end))
        {
            int q = Tokens.NextTokenStart(LogicalInput.Jump(input, end));
            if (IsKeyword(input, q, "in", out int inEnd))
            {
                op = CompareOperator.NotIn;
                after = inEnd;
                return true;
            }
            context.NoteFailure(q);
        }
        else if (IsKeyword(input, p, "is", out end))
        {
            int q = Tokens.NextTokenStart(LogicalInput.Jump(input, end));
            if (IsKeyword(input, q, "not", out int notEnd))
            {
                op = CompareOperator.IsNot;
                after = notEnd;
                return true;
            }
            context.NoteFailure(q);
            op = CompareOperator.Is;
            after = end;
            return true;
        }
        context.NoteFailure(p);
        return false;
    }

    private static int OperatorAt(IInput input, int p) => Table(input).OperatorAt(p);

    private static bool IsKeyword(IInput input, int p, string word, out int end)
    {
        if (p < input.Source.Length && Table(input).NameAt(p, out end, out string text, out _) && text == word) return true;
        end = p;
        return false;
    }

    private static LexicalTable Table(IInput input) =>
        input is LogicalInput logical ? logical.Table : ParseContext.Current.TableFor(input.Source);

    /// <summary>Applies prefix operators innermost first; a very long run is refused like deep nesting.</summary>
    private static Expr FoldPrefix(List<(int Start, UnaryOperator Op)> ops, Expr operand)
    {
        var context = ParseContext.Current;
        // Later passes walk the tree recursively; a run longer than this would overflow them.
        if (ops.Count > ParseContext.MaxPrefixRun)
            throw context.Error(SyntaxMessages.TooComplex, ops[0].Start, ops[0].Start + (ops[0].Op == UnaryOperator.Not ? 3 : 1));
        for (int i = ops.Count - 1; i >= 0; i--)
        {
            int start = ops[i].Start, end = start + (ops[i].Op == UnaryOperator.Not ? 3 : 1);
            operand = new UnaryOpExpr(ops[i].Op, operand, SourceSpan.Cover(context.Span(start, end), operand.Span));
        }
        return operand;
    }
}
