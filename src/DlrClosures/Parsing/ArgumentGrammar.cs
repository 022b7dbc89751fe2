using System.Collections.Immutable;
using DlrClosures.Syntax;
using Sprache;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// Call arguments (language reference §6.3.4) and parameter lists of <c>def</c> and <c>lambda</c>
/// (§8.7), with the ordering rules CPython enforces in its grammar's <c>invalid_arguments</c> and
/// <c>invalid_parameters</c> rules, reported with its words.
/// </summary>
internal static class ArgumentGrammar
{
    private enum ArgumentKind { Positional, BareGenerator, Starred, Keyword, DoubleStarred }

    private sealed record CallArgument(ArgumentKind Kind, Expr Value, Token? Name, SourceSpan Span);

    private enum ParameterKind { Plain, Star, DoubleStar, Slash }

    private sealed record Parameter(ParameterKind Kind, Token Token, Expr? Default, Expr? Annotation, SourceSpan Span);

    private static readonly Parser<Expr> Test = Rule.Ref(() => ExpressionGrammar.Test);



    private static readonly Parser<Token> Star = Tokens.Op("*"), DoubleStar = Tokens.Op("**"), EqualsSign = Tokens.Op("=");

    private static readonly Parser<CallArgument> StarredArgument = input =>
    {
        var star = Star(input);
        if (!star.WasSuccessful) return star.As<CallArgument, Token>();
        var value = Test(star.Remainder);
        if (!value.WasSuccessful) return value.As<CallArgument, Expr>();
        var span = Cover(star.Value, value.Value);
        return Result.Success(new CallArgument(ArgumentKind.Starred, new StarredExpr(value.Value, span), null, span), value.Remainder);
    };

    private static readonly Parser<CallArgument> DoubleStarredArgument = input =>
    {
        var stars = DoubleStar(input);
        if (!stars.WasSuccessful) return stars.As<CallArgument, Token>();
        var value = Test(stars.Remainder);
        if (!value.WasSuccessful) return value.As<CallArgument, Expr>();
        return Result.Success(new CallArgument(ArgumentKind.DoubleStarred, value.Value, null, Cover(stars.Value, value.Value)), value.Remainder);
    };

    private static readonly Parser<Expr> NamedExpression = Rule.Ref(() => ExpressionGrammar.NamedExpression);

    private static readonly Parser<ImmutableArray<Comprehension>> Clauses = Rule.Ref(() => AtomGrammar.ComprehensionClauses);

    /// <summary>
    /// A positional argument: an expression, a bare generator (<c>f(x for x in y)</c>) when
    /// <c>for</c> follows, and CPython's hint when a stray '=' follows (<c>f(a.b=1)</c>).
    /// </summary>
    private static readonly Parser<CallArgument> PositionalArgumentItem = input =>
    {
        var value = NamedExpression(input);
        if (!value.WasSuccessful) return value.As<CallArgument, Expr>();
        var rest = value.Remainder;
        var clauses = Clauses(rest);
        if (clauses.WasSuccessful) rest = clauses.Remainder;
        var eq = EqualsSign(rest);
        if (eq.WasSuccessful)
        {
            var context = ParseContext.Of(input);
            throw context.Error(SyntaxMessages.AssignmentInExpression, SourceSpan.Cover(value.Value.Span, context.Span(eq.Value, eq.Value)));
        }
        if (!clauses.WasSuccessful) return Result.Success(new CallArgument(ArgumentKind.Positional, value.Value, null, value.Value.Span), rest);
        var generators = clauses.Value;
        var span = SourceSpan.Cover(value.Value.Span, generators[^1].Span);
        return Result.Success(new CallArgument(ArgumentKind.BareGenerator, new GeneratorExpExpr(value.Value, generators, span), null, span), rest);
    };

    /// <summary><c>name=value</c>, or, when that fails after the '=', the positional argument (whose '=' is CPython's hint).</summary>
    private static readonly Parser<CallArgument> KeywordArgument = input =>
    {
        var name = Tokens.Identifier(input);
        if (name.WasSuccessful)
        {
            var eq = EqualsSign(name.Remainder);
            if (eq.WasSuccessful)
            {
                var value = Test(eq.Remainder);
                if (value.WasSuccessful)
                    return Result.Success(new CallArgument(ArgumentKind.Keyword, value.Value, name.Value, Cover(name.Value, value.Value)), value.Remainder);
            }
        }
        return PositionalArgumentItem(input);
    };

    /// <summary>One argument, chosen by its first tokens: <c>*</c>, <c>**</c>, a name and '=', or an expression.</summary>
    private static readonly Parser<CallArgument> Argument = Dispatch.On((table, p) => Dispatch.OperatorAt(table, p) switch
    {
        "*" => StarredArgument,
        "**" => DoubleStarredArgument,
        _ when table.NameAt(p, out int end, out _, out bool isKeyword) && !isKeyword
               && Dispatch.OperatorAt(table, table.SkipBlanks(end)) == "=" => KeywordArgument,
        _ => PositionalArgumentItem,
    });

    private static readonly Parser<IReadOnlyList<CallArgument>> Arguments = ExpressionGrammar.CommaSeparated(Argument);

    /// <summary>The inside of a call's parentheses (possibly empty), checked in order.</summary>
    public static readonly Parser<(ImmutableArray<Expr> Args, ImmutableArray<Keyword> Keywords)> CallArguments = input =>
    {
        var items = Arguments(input);
        return items.WasSuccessful ? Result.Success(Check(items.Value), items.Remainder) : Result.Success(Check([]), input);
    };



    private static readonly Parser<Token> Colon = Tokens.Op(":"), Slash = Tokens.Op("/");

    private static readonly Parser<Expr> StarOrTest = Rule.Ref(() => ExpressionGrammar.StarOrTest);

    /// <summary><c>: annotation</c> when the parameters are a def's and a ':' follows (3.11's <c>*args: *Ts</c> allows a starred one); else none.</summary>
    private static IResult<Expr?> Annotation(IInput input, bool annotated, bool starred)
    {
        if (!annotated) return Result.Success<Expr?>(null, input);
        var colon = Colon(input);
        if (!colon.WasSuccessful) return Result.Success<Expr?>(null, input);
        var type = (starred ? StarOrTest : Test)(colon.Remainder);
        return type.WasSuccessful ? Result.Success<Expr?>(type.Value, type.Remainder) : Result.Success<Expr?>(null, input);
    }

    /// <summary>One parameter, chosen by its first token: <c>**name</c>, <c>*[name]</c>, <c>/</c>, or <c>name[: type][= default]</c>.</summary>
    private static Parser<Parameter> ParameterItem(bool annotated)
    {
        Parser<Parameter> doubleStar = input => DoubleStarAt(input, annotated), star = input => StarAt(input, annotated),
            plain = input => PlainAt(input, annotated);
        return Dispatch.On((table, p) => Dispatch.OperatorAt(table, p) switch
        {
            "**" => doubleStar,
            "*" => star,
            "/" => SlashParameter,
            _ => plain,
        });
    }

    private static readonly Parser<Parameter> SlashParameter = input =>
    {
        var slash = Slash(input);
        if (!slash.WasSuccessful) return slash.As<Parameter, Token>();
        return Result.Success(new Parameter(ParameterKind.Slash, slash.Value, null, null, Span(slash.Value, slash.Value)), slash.Remainder);
    };

    private static IResult<Parameter> DoubleStarAt(IInput input, bool annotated)
    {
        var stars = DoubleStar(input);
        if (!stars.WasSuccessful) return stars.As<Parameter, Token>();
        var name = Tokens.Identifier(stars.Remainder);
        if (!name.WasSuccessful) return name.As<Parameter, Token>();
        var type = Annotation(name.Remainder, annotated, starred: false);
        return Result.Success(new Parameter(ParameterKind.DoubleStar, name.Value, null, type.Value, Span(stars.Value, name.Value)), type.Remainder);
    }

    private static IResult<Parameter> StarAt(IInput input, bool annotated)
    {
        var star = Star(input);
        if (!star.WasSuccessful) return star.As<Parameter, Token>();
        var name = Tokens.Identifier(star.Remainder);
        if (!name.WasSuccessful) return Result.Success(new Parameter(ParameterKind.Star, star.Value, null, null, Span(star.Value, star.Value)), star.Remainder);
        var type = Annotation(name.Remainder, annotated, starred: true);
        return Result.Success(new Parameter(ParameterKind.Star, name.Value, null, type.Value, Span(star.Value, name.Value)), type.Remainder);
    }

    private static IResult<Parameter> PlainAt(IInput input, bool annotated)
    {
        var name = Tokens.Identifier(input);
        if (!name.WasSuccessful) return name.As<Parameter, Token>();
        var type = Annotation(name.Remainder, annotated, starred: false);
        var rest = type.Remainder;
        var eq = EqualsSign(rest);
        if (eq.WasSuccessful)
        {
            var value = Test(eq.Remainder);
            if (value.WasSuccessful)
            {
                return Result.Success(new Parameter(ParameterKind.Plain, name.Value, value.Value, type.Value,
                    SourceSpan.Cover(Span(name.Value, name.Value), value.Value.Span)), value.Remainder);
            }
        }
        return Result.Success(new Parameter(ParameterKind.Plain, name.Value, null, type.Value, Span(name.Value, name.Value)), rest);
    }

    /// <summary>A <c>def</c>'s parameters, with their annotations.</summary>
    public static readonly Parser<Arguments> FunctionParameters = ParameterList(annotated: true);

    /// <summary>A <c>lambda</c>'s parameters: no annotations, since ':' ends them.</summary>
    public static readonly Parser<Arguments> LambdaParameters = ParameterList(annotated: false);

    private static Parser<Arguments> ParameterList(bool annotated)
    {
        var items = ExpressionGrammar.CommaSeparated(ParameterItem(annotated));
        return input =>
        {
            var list = items(input);
            return list.WasSuccessful
                ? Result.Success(Build(list.Value, input.Position), list.Remainder)
                : Result.Success(Build([], input.Position), input);
        };
    }

    private static (ImmutableArray<Expr>, ImmutableArray<Keyword>) Check(IReadOnlyList<CallArgument> items)
    {
        var context = ParseContext.Current;
        var args = ImmutableArray.CreateBuilder<Expr>();
        var keywords = ImmutableArray.CreateBuilder<Keyword>();
        var names = new HashSet<string>();
        bool sawKeyword = false, sawDoubleStar = false;
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case ArgumentKind.BareGenerator when items.Count > 1:
                    throw context.Error(SyntaxMessages.GeneratorMustBeParenthesized, item.Span);
                case ArgumentKind.Positional or ArgumentKind.BareGenerator:
                    if (sawDoubleStar) throw context.Error(SyntaxMessages.PositionalAfterKeywordUnpacking, item.Span);
                    if (sawKeyword) throw context.Error(SyntaxMessages.PositionalAfterKeyword, item.Span);
                    args.Add(item.Value);
                    break;
                case ArgumentKind.Starred:
                    if (sawDoubleStar) throw context.Error(SyntaxMessages.IterableUnpackingAfterKeywordUnpacking, item.Span);
                    args.Add(item.Value);
                    break;
                case ArgumentKind.Keyword:
                    string name = item.Name!.Text;
                    if (!names.Add(name)) throw context.Error(SyntaxMessages.KeywordArgumentRepeated(name), item.Span);
                    sawKeyword = true;
                    keywords.Add(new Keyword(name, item.Value, item.Span));
                    break;
                default:
                    sawDoubleStar = true;
                    keywords.Add(new Keyword(null, item.Value, item.Span));
                    break;
            }
        }
        return (args.ToImmutable(), keywords.ToImmutable());
    }

    /// <summary>Sorts parameters into CPython's <c>ast.arguments</c> slots, enforcing the order rules.</summary>
    private static Arguments Build(IReadOnlyList<Parameter> items, int start)
    {
        var context = ParseContext.Current;
        var args = ImmutableArray.CreateBuilder<Arg>();
        var defaults = ImmutableArray.CreateBuilder<Expr>();
        var kwOnly = ImmutableArray.CreateBuilder<Arg>();
        var kwDefaults = ImmutableArray.CreateBuilder<Expr?>();
        Arg? varArg = null, kwArg = null;
        Parameter? star = null;
        var names = new HashSet<string>();
        foreach (var item in items)
        {
            if (kwArg is not null) throw context.Error(SyntaxMessages.ArgumentsAfterVarKeyword, item.Span);
            var arg = new Arg(item.Token.Text, Span(item.Token, item.Token)) { Annotation = item.Annotation };
            if (item.Kind != ParameterKind.Slash && !(item.Kind == ParameterKind.Star && item.Token.Text == "*")
                && !names.Add(arg.Name))
                throw context.Error(SyntaxMessages.DuplicateArgument(arg.Name), arg.Span);
            switch (item.Kind)
            {
                case ParameterKind.Slash:
                    // Positional-only parameters have no slot of their own in this tree: they stay in Args.
                    if (star is not null || args.Count == 0) throw context.Error(SyntaxMessages.InvalidSyntax, item.Span);
                    break;
                case ParameterKind.Star:
                    if (star is not null) throw context.Error(SyntaxMessages.StarArgumentOnce, item.Span);
                    star = item;
                    if (item.Token.Text != "*") varArg = arg;
                    break;
                case ParameterKind.DoubleStar:
                    if (star is not null && varArg is null && kwOnly.Count == 0)
                        throw context.Error(SyntaxMessages.NamedArgumentsMustFollowBareStar, star.Span);
                    kwArg = arg;
                    break;
                case ParameterKind.Plain when star is not null:
                    kwOnly.Add(arg);
                    kwDefaults.Add(item.Default);
                    break;
                default:
                    if (item.Default is not null) defaults.Add(item.Default);
                    else if (defaults.Count > 0) throw context.Error(SyntaxMessages.NonDefaultAfterDefault, arg.Span);
                    args.Add(arg);
                    break;
            }
        }
        if (star is not null && varArg is null && kwOnly.Count == 0 && kwArg is null)
            throw context.Error(SyntaxMessages.NamedArgumentsMustFollowBareStar, star.Span);
        var span = items.Count == 0 ? context.Span(start, start) : SourceSpan.Cover(items[0].Span, items[^1].Span);
        return new Arguments(args.ToImmutable(), varArg, kwOnly.ToImmutable(), kwDefaults.ToImmutable(), kwArg, defaults.ToImmutable(), span);
    }

    private static SourceSpan Cover(Token first, Expr last) => SourceSpan.Cover(ParseContext.Current.Span(first, first), last.Span);

    private static SourceSpan Span(Token first, Token last) => ParseContext.Current.Span(first, last);
}
