using System.Collections.Immutable;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using Sprache;
using static DlrClosures.Parsing.ExpressionGrammar;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// Atoms and primaries (language reference §6.2–6.3): names, literals, parenthesised forms, list,
/// dict and set displays with their comprehensions, and the trailers <c>(args)</c>, <c>[slice]</c>,
/// <c>.name</c>. Every bracketed body goes through <see cref="ExpressionGrammar.Guarded{T}"/>.
/// </summary>
internal static class AtomGrammar
{
    private static readonly Parser<Expr> AnyTest = Rule.Ref(() => ExpressionGrammar.Test);
    private static readonly Parser<Expr> Item = Rule.Ref(() => StarOrNamed);
    private static readonly Parser<Expr> Disjunction = Rule.Ref(() => ExpressionGrammar.Or);
    private static readonly Parser<Expr> Targets = Rule.Ref(() => TargetList);

    private static readonly Parser<Token> OpenParen = Tokens.Op("("), CloseParen = Tokens.Op(")");
    private static readonly Parser<Token> OpenBracket = Tokens.Op("["), CloseBracket = Tokens.Op("]");

    private static readonly Parser<Expr> Name =
        Tokens.Identifier.Select(t => (Expr)new NameExpr(t.Text, Span(t)));

    private static readonly Parser<Expr> KeywordConstant =
        Constant("True", true).Or(Constant("False", false)).Or(Constant("None", PyNone.Instance));

    /// <summary><c>...</c>, the Ellipsis constant (an atom anywhere: <c>x = ...</c>, <c>d[...]</c>, <c>a[..., 1]</c>).</summary>
    private static readonly Parser<Expr> Ellipsis =
        Tokens.Op("...").Select(t => (Expr)new ConstantExpr(PyEllipsis.Instance, Span(t)));

    private static readonly Parser<Expr> Number = Tokens.Number.Select(number => (Expr)new ConstantExpr(number.Value, Span(number.Token)));

    /// <summary>One or more <c>for target in iter [if cond]...</c> clauses.</summary>
    public static readonly Parser<ImmutableArray<Comprehension>> ComprehensionClauses = input =>
    {
        var first = Clause(input);
        if (!first.WasSuccessful) return first.As<ImmutableArray<Comprehension>, Comprehension>();
        var clauses = ImmutableArray.CreateBuilder<Comprehension>();
        clauses.Add(first.Value);
        var rest = first.Remainder;
        while (true)
        {
            var next = Clause(rest);
            if (!next.WasSuccessful) break;
            clauses.Add(next.Value);
            rest = next.Remainder;
        }
        return Result.Success(clauses.ToImmutable(), rest);
    };

    private static readonly Parser<Token> AsyncKeyword = Tokens.Keyword("async"), ForKeyword = Tokens.Keyword("for"),
        InKeyword = Tokens.Keyword("in"), IfKeyword = Tokens.Keyword("if");

    /// <summary><c>[async] for target in iter (if cond)*</c>.</summary>
    private static IResult<Comprehension> Clause(IInput input)
    {
        var async = AsyncKeyword(input);
        var afterAsync = async.WasSuccessful ? async.Remainder : input;
        var @for = ForKeyword(afterAsync);
        if (!@for.WasSuccessful) return @for.As<Comprehension, Token>();
        var target = Targets(@for.Remainder);
        if (!target.WasSuccessful) return target.As<Comprehension, Expr>();
        var @in = InKeyword(target.Remainder);
        if (!@in.WasSuccessful) return @in.As<Comprehension, Token>();
        var iter = Disjunction(@in.Remainder);
        if (!iter.WasSuccessful) return iter.As<Comprehension, Expr>();
        var rest = iter.Remainder;
        var conditions = ImmutableArray<Expr>.Empty;
        while (true)
        {
            var @if = IfKeyword(rest);
            if (!@if.WasSuccessful) break;
            var condition = Disjunction(@if.Remainder);
            if (!condition.WasSuccessful) break;
            conditions = conditions.Add(condition.Value);
            rest = condition.Remainder;
        }
        var head = async.WasSuccessful ? async.Value : @for.Value;
        var span = SourceSpan.Cover(Span(head), conditions.IsEmpty ? iter.Value.Span : conditions[^1].Span);
        return Result.Success(new Comprehension(TargetValidator.CheckStore(target.Value), iter.Value, conditions, span) { IsAsync = async.WasSuccessful }, rest);
    }

    /// <summary>
    /// After '(': <c>)</c>, or an item followed by comprehension clauses (a generator), or by
    /// <c>(, item)* [,]</c> (a tuple, or the parenthesised item itself). The token after the first item
    /// decides: <c>for</c> starts the clauses; otherwise they would fail there at once.
    /// </summary>
    private static readonly Parser<Func<Token, Expr>> ParenBody = input => FirstWord(input) == "yield"
        ? ParenthesizedYield(input)
        : DisplayBody(input, ")",
        static (first, generators, close) => open => new GeneratorExpExpr(first, generators, Span(open, close)),
        static (first, items, trailing, close) => open => items is null && !trailing ? first : new TupleExpr([first, .. items ?? []], Span(open, close)),
        static close => open => new TupleExpr([], Span(open, close)));

    private static string? FirstWord(IInput input)
    {
        var table = Dispatch.Table(input);
        return Dispatch.WordAt(table, table.SkipBlanks(input.Position));
    }

    /// <summary><c>(yield ...)</c>: the parentheses only group (CPython's <c>group</c>).</summary>
    private static IResult<Func<Token, Expr>> ParenthesizedYield(IInput input)
    {
        var value = ExpressionGrammar.Yield(input);
        if (!value.WasSuccessful) return Result.Failure<Func<Token, Expr>>(value.Remainder, value.Message, value.Expectations);
        var close = CloseParen(value.Remainder);
        if (!close.WasSuccessful) return Result.Failure<Func<Token, Expr>>(close.Remainder, close.Message, close.Expectations);
        return Result.Success<Func<Token, Expr>>(_ => value.Value, close.Remainder);
    }

    /// <summary>The inside of a parenthesised or list display, up to and including its closing bracket.</summary>
    private static IResult<Func<Token, Expr>> DisplayBody(
        IInput input, string closing,
        Func<Expr, ImmutableArray<Comprehension>, Token, Func<Token, Expr>> comprehension,
        Func<Expr, List<Expr>?, bool, Token, Func<Token, Expr>> display,
        Func<Token, Func<Token, Expr>> empty)
    {
        var close = Tokens.Op(closing);
        var context = ParseContext.Of(input);
        var emptyClose = close(input);
        if (emptyClose.WasSuccessful) return Result.Success(empty(emptyClose.Value), emptyClose.Remainder);
        var first = Item(input);
        if (!first.WasSuccessful) return Result.Failure<Func<Token, Expr>>(first.Remainder, first.Message, first.Expectations);
        var rest = first.Remainder;
        var table = Dispatch.Table(rest);
        int q = table.SkipBlanks(rest.Position);
        if (Dispatch.WordAt(table, q) is "for" or "async")
        {
            var generators = ComprehensionClauses(rest);
            if (generators.WasSuccessful)
            {
                var end = close(generators.Remainder);
                if (end.WasSuccessful) return Result.Success(comprehension(first.Value, generators.Value, end.Value), end.Remainder);
            }
        }
        else
        {
            context.NoteFailure(q);
        }
        var (items, trailing, after) = ExpressionGrammar.Continue(Item, first);
        var closed = close(after);
        if (!closed.WasSuccessful) return Result.Failure<Func<Token, Expr>>(closed.Remainder, closed.Message, closed.Expectations);
        return Result.Success(display(first.Value, items, trailing is not null, closed.Value), closed.Remainder);
    }

    private static readonly Parser<Func<Token, Expr>> BracketedParenBody = Bracketed(ParenBody);

    /// <summary><c>()</c>, <c>(x)</c>, <c>(x,)</c>, <c>(x, y)</c>, <c>(x for ...)</c>.</summary>
    private static readonly Parser<Expr> Paren = input => Display(input, OpenParen, BracketedParenBody);

    /// <summary>An opening bracket, then the body that makes the display from it.</summary>
    private static IResult<Expr> Display(IInput input, Parser<Token> opening, Parser<Func<Token, Expr>> body)
    {
        var open = opening(input);
        if (!open.WasSuccessful) return open.As<Expr, Token>();
        var make = body(open.Remainder);
        return make.WasSuccessful ? Result.Success(make.Value(open.Value), make.Remainder) : make.As<Expr, Func<Token, Expr>>();
    }

    private static readonly Parser<Func<Token, Expr>> ListBody = input => DisplayBody(input, "]",
        static (first, generators, close) => open => new ListCompExpr(first, generators, Span(open, close)),
        static (first, items, trailing, close) => open => new ListExpr([first, .. items ?? []], Span(open, close)),
        static close => open => new ListExpr([], Span(open, close)));

    private static readonly Parser<Func<Token, Expr>> BracketedListBody = Bracketed(ListBody);

    private static readonly Parser<Expr> List = input => Display(input, OpenBracket, BracketedListBody);

    /// <summary><c>key: value</c>, or <c>**mapping</c> (a null key).</summary>
    private static readonly Parser<(Expr? Key, Expr Value)> DictItem = DictItemWith(AnyTest);

    /// <summary>
    /// An item after the first pair and a comma: a key with no ':' after it is CPython's
    /// <c>invalid_kvpair</c>, "':' expected after dictionary key", at the key's last character.
    /// </summary>
    private static readonly Parser<(Expr? Key, Expr Value)> LaterDictItem =
        DictItemWith(WithoutHints(AnyTest))
        .Or(from key in WithoutHints(AnyTest)
            from never in MissingColon(key)
            select ((Expr?)null, key));

    private static Parser<(Expr? Key, Expr Value)> DictItemWith(Parser<Expr> key) =>
        (from stars in Tokens.Op("**") from value in BitOr select ((Expr?)null, value))
        .Or(from k in key
            from colon in Tokens.Op(":")
            from value in AnyTest.Or(input => throw MissingValue(input, colon))
            select ((Expr?)k, value));

    /// <summary><c>{1: }</c>: "expression expected after dictionary key and ':'" at the colon, when '}' or ',' follows.</summary>
    private static PyException MissingValue(IInput input, Token colon)
    {
        int next = Tokens.Blanks(input).Remainder.Position;
        if (next < input.Source.Length && input.Source[next] is '}' or ',')
            return ParseContext.Current.Error(SyntaxMessages.ExpressionExpectedAfterKey, colon.Start, colon.End);
        return ParseContext.Current.Error(SyntaxMessages.InvalidSyntax, CompoundStatementGrammar.WordSpan(ParseContext.Current.Logical, next));
    }

    private static Parser<(Expr?, Expr)> MissingColon(Expr key) => input =>
    {
        var logical = ParseContext.Current.Logical;
        var at = logical.Source.Span(Math.Max(key.Span.Start, key.Span.End - 1), key.Span.End);
        throw ParseContext.Current.Error(SyntaxMessages.ColonExpectedAfterKey, at);
    };

    private static readonly Parser<Token> OpenBrace = Tokens.Op("{"), CloseBrace = Tokens.Op("}"), Comma = Tokens.Op(",");

    /// <summary>
    /// After '{' and a first <c>key: value</c> (or <c>**mapping</c>): comprehension clauses, or the
    /// rest of the items. Written out rather than as a query: a query's later clauses are lambdas
    /// that would build their parsers again at every dict display.
    /// </summary>
    private static readonly Parser<Func<Token, Expr>> DictRest = input =>
    {
        var first = DictItem(input);
        if (!first.WasSuccessful) return first.As<Func<Token, Expr>, (Expr?, Expr)>();
        var (key, value) = first.Value;
        // The clauses are read even after **mapping, which then fails: the same calls (and so the
        // same furthest failure for "invalid syntax") as the grammar's alternatives.
        var generators = ComprehensionClauses(first.Remainder);
        if (generators.WasSuccessful)
        {
            var end = CloseBrace(generators.Remainder);
            if (end.WasSuccessful && key is not null)
            {
                var close = end.Value;
                return Result.Success<Func<Token, Expr>>(open => new DictCompExpr(key, value, generators.Value, Span(open, close)), end.Remainder);
            }
        }
        var keys = ImmutableArray.CreateBuilder<Expr?>();
        var values = ImmutableArray.CreateBuilder<Expr>();
        keys.Add(key);
        values.Add(value);
        var rest = first.Remainder;
        while (true)
        {
            var comma = Comma(rest);
            if (!comma.WasSuccessful || CloseBrace(comma.Remainder).WasSuccessful) break;
            var next = LaterDictItem(comma.Remainder);
            if (!next.WasSuccessful) break;
            keys.Add(next.Value.Key);
            values.Add(next.Value.Value);
            rest = next.Remainder;
        }
        return Closed(rest, close => open => new DictExpr(keys.ToImmutable(), values.ToImmutable(), Span(open, close)));
    };

    /// <summary>After '{' and a first item that is not a dict's: comprehension clauses, or the rest of a set's items.</summary>
    private static readonly Parser<Func<Token, Expr>> SetRest = input =>
    {
        var first = Item(input);
        if (!first.WasSuccessful) return first.As<Func<Token, Expr>, Expr>();
        var element = first.Value;
        var generators = ComprehensionClauses(first.Remainder);
        if (generators.WasSuccessful)
        {
            var end = CloseBrace(generators.Remainder);
            if (end.WasSuccessful)
            {
                var close = end.Value;
                return Result.Success<Func<Token, Expr>>(open => new SetCompExpr(element, generators.Value, Span(open, close)), end.Remainder);
            }
        }
        var items = ImmutableArray.CreateBuilder<Expr>();
        items.Add(element);
        var rest = first.Remainder;
        while (true)
        {
            var comma = Comma(rest);
            if (!comma.WasSuccessful) break;
            var next = Item(comma.Remainder);
            if (!next.WasSuccessful) break;
            items.Add(next.Value);
            rest = next.Remainder;
        }
        return Closed(rest, close => open => new SetExpr(items.ToImmutable(), Span(open, close)));
    };

    /// <summary>An optional trailing comma, then '}': the display <paramref name="make"/> builds from the closing brace.</summary>
    private static IResult<Func<Token, Expr>> Closed(IInput input, Func<Token, Func<Token, Expr>> make)
    {
        var trailing = Comma(input);
        var end = CloseBrace(trailing.WasSuccessful ? trailing.Remainder : input);
        return end.WasSuccessful ? Result.Success(make(end.Value), end.Remainder) : end.As<Func<Token, Expr>, Token>();
    }

    private static readonly Parser<Func<Token, Expr>> EmptyDict = input =>
    {
        var end = CloseBrace(input);
        if (!end.WasSuccessful) return end.As<Func<Token, Expr>, Token>();
        var close = end.Value;
        return Result.Success<Func<Token, Expr>>(open => new DictExpr([], [], Span(open, close)), end.Remainder);
    };

    private static readonly Parser<Func<Token, Expr>> BracketedBraceBody = Bracketed(EmptyDict.Or(DictRest).Or(SetRest));

    /// <summary><c>{}</c> is a dict; <c>{a: b}</c> and <c>{**d}</c> are dicts; <c>{a}</c> is a set.</summary>
    private static readonly Parser<Expr> Braces = input => Display(input, OpenBrace, BracketedBraceBody);

    /// <summary>A literal, a name or a display, chosen by its first token (<see cref="Dispatch"/>).</summary>
    public static readonly Parser<Expr> Atom = Dispatch.On(PickAtom);

    /// <summary>The atoms as alternatives, for a string literal, whose prefix letters are also a name.</summary>
    private static readonly Parser<Expr> AtomAlternatives =
        StringGrammar.Strings.Or(Number).Or(KeywordConstant).Or(Name).Or(Paren).Or(List).Or(Braces).Or(Ellipsis);

    private static Parser<Expr>? PickAtom(LexicalTable table, int p)
    {
        string s = table.Text;
        if (p >= s.Length) return null;
        char c = s[p];
        if (Tokens.StringStartsAt(s, p)) return AtomAlternatives;
        if (char.IsAsciiDigit(c) || (c == '.' && p + 1 < s.Length && char.IsAsciiDigit(s[p + 1]))) return Number;
        if (table.NameAt(p, out _, out string word, out bool isKeyword))
            return word is "True" or "False" or "None" ? KeywordConstant : isKeyword ? null : Name;
        return Dispatch.OperatorAt(table, p) switch
        {
            "(" => Paren,
            "[" => List,
            "{" => Braces,
            "..." => Ellipsis,
            _ => null,
        };
    }

    private static readonly Parser<Token> Colon = Tokens.Op(":");

    /// <summary>
    /// An item of a subscript: <c>[lower]:[upper][:[step]]</c>, or an index (which may be starred or
    /// an assignment expression). The item is read once; a ':' after it (or first) makes it a slice's
    /// lower bound.
    /// </summary>
    private static readonly Parser<Expr> SliceOrItem = input =>
    {
        var table = Dispatch.Table(input);
        Expr? lower = null;
        var rest = input;
        if (Dispatch.OperatorAt(table, table.SkipBlanks(input.Position)) != ":")
        {
            var item = Item(input);
            if (!item.WasSuccessful || item.Value is StarredExpr or NamedExpr) return item;
            int next = table.SkipBlanks(item.Remainder.Position);
            if (Dispatch.OperatorAt(table, next) != ":")
            {
                ParseContext.Of(input).NoteFailure(next);
                return item;
            }
            lower = item.Value;
            rest = item.Remainder;
        }
        var colon = Colon(rest);
        if (!colon.WasSuccessful) return colon.As<Expr, Token>();
        rest = colon.Remainder;
        var upper = AnyTest(rest);
        if (upper.WasSuccessful) rest = upper.Remainder;
        Expr? step = null;
        var second = Colon(rest);
        if (second.WasSuccessful)
        {
            rest = second.Remainder;
            var stepValue = AnyTest(rest);
            if (stepValue.WasSuccessful)
            {
                step = stepValue.Value;
                rest = stepValue.Remainder;
            }
        }
        var slice = new SliceExpr(lower, upper.WasSuccessful ? upper.Value : null, step, Span(lower?.Span ?? Span(colon.Value), rest.Position));
        return Result.Success<Expr>(slice, rest);
    };

    private static readonly Parser<Expr> Subscript = CommaList(SliceOrItem);

    private static readonly Parser<(ImmutableArray<Expr> Args, ImmutableArray<Keyword> Keywords)> BracketedArguments =
        Bracketed(ArgumentGrammar.CallArguments);

    private static readonly Parser<Expr> BracketedSubscript = Bracketed(Subscript);

    /// <summary>
    /// An atom followed by any number of trailers, applied left to right. The token after each part
    /// decides whether a trailer follows and which (<c>(</c>, <c>[</c> or <c>.</c>); a trailer that fails
    /// ends the chain before it, as Sprache's <c>Many</c> would. A chain longer than
    /// <see cref="ExpressionGrammar.MaxChainLength"/> is refused once it has been read, as before.
    /// </summary>
    public static readonly Parser<Expr> Primary = input =>
    {
        var atom = Atom(input);
        if (!atom.WasSuccessful) return atom;
        var context = ParseContext.Of(input);
        var value = atom.Value;
        int links = 0;
        var rest = atom.Remainder;
        var table = Dispatch.Table(rest);
        while (true)
        {
            int p = table.SkipBlanks(rest.Position);
            context.NoteFailure(p);
            var next = Dispatch.OperatorAt(table, p) switch
            {
                "(" => Call(value, rest),
                "[" => Subscription(value, rest),
                "." when !(p + 1 < table.Text.Length && char.IsAsciiDigit(table.Text[p + 1])) => Attribute(value, rest),
                _ => null,
            };
            if (next is null || !next.WasSuccessful) break;
            value = next.Value;
            rest = next.Remainder;
            links++;
        }
        if (links == 0) return atom;
        if (links > MaxChainLength) CheckChainLength(new List<Expr>(new Expr[links]), atom.Value);
        return Result.Success(value, rest);
    };

    private static readonly Parser<Token> Dot = Tokens.Op(".");

    /// <summary><c>f(args)</c>.</summary>
    private static IResult<Expr> Call(Expr function, IInput input)
    {
        var open = OpenParen(input);
        if (!open.WasSuccessful) return Result.Failure<Expr>(open.Remainder, open.Message, open.Expectations);
        var args = BracketedArguments(open.Remainder);
        if (!args.WasSuccessful) return Result.Failure<Expr>(args.Remainder, args.Message, args.Expectations);
        var close = CloseParen(args.Remainder);
        if (!close.WasSuccessful) return Result.Failure<Expr>(close.Remainder, close.Message, close.Expectations);
        var (positional, keywords) = args.Value;
        return Result.Success<Expr>(new CallExpr(function, positional, keywords, SourceSpan.Cover(function.Span, Span(close.Value))), close.Remainder);
    }

    /// <summary><c>v[index]</c>.</summary>
    private static IResult<Expr> Subscription(Expr value, IInput input)
    {
        var open = OpenBracket(input);
        if (!open.WasSuccessful) return Result.Failure<Expr>(open.Remainder, open.Message, open.Expectations);
        var index = BracketedSubscript(open.Remainder);
        if (!index.WasSuccessful) return index;
        var close = CloseBracket(index.Remainder);
        if (!close.WasSuccessful) return Result.Failure<Expr>(close.Remainder, close.Message, close.Expectations);
        // a[*b] indexes with the tuple (*b,) (3.11's slices: a starred item makes a tuple).
        var key = index.Value is StarredExpr starred ? new TupleExpr([starred], starred.Span) : index.Value;
        return Result.Success<Expr>(new SubscriptExpr(value, key, SourceSpan.Cover(value.Span, Span(close.Value))), close.Remainder);
    }

    /// <summary><c>v.name</c>.</summary>
    private static IResult<Expr> Attribute(Expr value, IInput input)
    {
        var dot = Dot(input);
        if (!dot.WasSuccessful) return Result.Failure<Expr>(dot.Remainder, dot.Message, dot.Expectations);
        var name = Tokens.Identifier(dot.Remainder);
        if (!name.WasSuccessful) return Result.Failure<Expr>(name.Remainder, name.Message, name.Expectations);
        return Result.Success<Expr>(new AttributeExpr(value, name.Value.Text, SourceSpan.Cover(value.Span, Span(name.Value))), name.Remainder);
    }

    private static Parser<Expr> Constant(string keyword, object value) =>
        Tokens.Keyword(keyword).Select(t => (Expr)new ConstantExpr(value, Span(t)));

    private static SourceSpan Span(Token token) => ParseContext.Current.Span(token, token);

    private static SourceSpan Span(Token first, Token last) => ParseContext.Current.Span(first, last);

    private static SourceSpan Span(SourceSpan first, int logicalEnd)
    {
        var end = ParseContext.Current.Span(logicalEnd, logicalEnd);
        return new SourceSpan(first.Start, end.Start, first.Line, first.Column, end.Line, end.Column);
    }
}
