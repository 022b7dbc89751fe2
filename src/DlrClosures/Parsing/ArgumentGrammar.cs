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

    private static readonly Parser<IOption<ImmutableArray<Comprehension>>> OptionalClauses =
        Rule.Ref(() => AtomGrammar.ComprehensionClauses).Optional();

    private static readonly Parser<CallArgument> StarredArgument =
        from star in Tokens.Op("*")
        from value in Test
        select new CallArgument(ArgumentKind.Starred, new StarredExpr(value, Cover(star, value)), null, Cover(star, value));

    private static readonly Parser<CallArgument> DoubleStarredArgument =
        from stars in Tokens.Op("**")
        from value in Test
        select new CallArgument(ArgumentKind.DoubleStarred, value, null, Cover(stars, value));

    private static readonly Parser<Expr> NamedExpression = Rule.Ref(() => ExpressionGrammar.NamedExpression);

    private static readonly Parser<CallArgument> PositionalArgumentItem =
        from value in NamedExpression
        from generators in OptionalClauses
        from eq in Tokens.Op("=").Optional()
        select PositionalArgument(value, generators, eq);

    /// <summary><c>name=value</c>, or, when that fails after the '=', the positional argument (whose '=' is CPython's hint).</summary>
    private static readonly Parser<CallArgument> KeywordArgument =
        (from name in Tokens.Identifier
         from eq in Tokens.Op("=")
         from value in Test
         select new CallArgument(ArgumentKind.Keyword, value, name, Cover(name, value)))
        .Or(PositionalArgumentItem);

    /// <summary>One argument, chosen by its first tokens: <c>*</c>, <c>**</c>, a name and '=', or an expression.</summary>
    private static readonly Parser<CallArgument> Argument = Dispatch.On((table, p) => Dispatch.OperatorAt(table, p) switch
    {
        "*" => StarredArgument,
        "**" => DoubleStarredArgument,
        _ when table.NameAt(p, out int end, out _, out bool isKeyword) && !isKeyword
               && Dispatch.OperatorAt(table, table.SkipBlanks(end)) == "=" => KeywordArgument,
        _ => PositionalArgumentItem,
    });

    /// <summary>The inside of a call's parentheses (possibly empty), checked in order.</summary>
    public static readonly Parser<(ImmutableArray<Expr> Args, ImmutableArray<Keyword> Keywords)> CallArguments =
        from items in ExpressionGrammar.CommaSeparated(Argument).Optional()
        select Check(items.GetOrElse([]));

    private static readonly Parser<Expr?> NoAnnotation = Parse.Return((Expr?)null);

    private static readonly Parser<Expr?> Annotation =
        (from colon in Tokens.Op(":") from type in Test select (Expr?)type).Or(NoAnnotation);

    /// <summary><c>*args: *Ts</c>: 3.11's <c>star_annotation</c> allows a starred expression after <c>*args</c>.</summary>
    private static readonly Parser<Expr?> StarAnnotation =
        (from colon in Tokens.Op(":") from type in ExpressionGrammar.StarOrTest select (Expr?)type).Or(NoAnnotation);

    private static Parser<Parameter> ParameterItem(bool annotated)
    {
        var annotation = annotated ? Annotation : NoAnnotation;
        var starAnnotation = annotated ? StarAnnotation : NoAnnotation;
        return (from stars in Tokens.Op("**")
                from name in Tokens.Identifier
                from type in annotation
                select new Parameter(ParameterKind.DoubleStar, name, null, type, Span(stars, name)))
            .Or(from star in Tokens.Op("*")
                from name in (from n in Tokens.Identifier from type in starAnnotation select (n, type)).Optional()
                select new Parameter(ParameterKind.Star, name.IsDefined ? name.Get().n : star, null, name.IsDefined ? name.Get().type : null,
                    Span(star, name.IsDefined ? name.Get().n : star)))
            .Or(from slash in Tokens.Op("/") select new Parameter(ParameterKind.Slash, slash, null, null, Span(slash, slash)))
            .Or(from name in Tokens.Identifier
                from type in annotation
                from value in (from eq in Tokens.Op("=") from v in Test select v).Optional()
                select new Parameter(ParameterKind.Plain, name, value.GetOrDefault(), type,
                    value.IsDefined ? SourceSpan.Cover(Span(name, name), value.Get().Span) : Span(name, name)));
    }

    /// <summary>A <c>def</c>'s parameters, with their annotations.</summary>
    public static readonly Parser<Arguments> FunctionParameters = ParameterList(annotated: true);

    /// <summary>A <c>lambda</c>'s parameters: no annotations, since ':' ends them.</summary>
    public static readonly Parser<Arguments> LambdaParameters = ParameterList(annotated: false);

    private static Parser<Arguments> ParameterList(bool annotated) =>
        from start in StringGrammar.Position
        from items in ExpressionGrammar.CommaSeparated(ParameterItem(annotated)).Optional()
        select Build(items.GetOrElse([]), start);

    private static CallArgument PositionalArgument(Expr value, IOption<ImmutableArray<Comprehension>> generators, IOption<Token> eq)
    {
        if (eq.IsDefined)
        {
            var context = ParseContext.Current;
            throw context.Error(SyntaxMessages.AssignmentInExpression, SourceSpan.Cover(value.Span, context.Span(eq.Get(), eq.Get())));
        }
        if (!generators.IsDefined) return new CallArgument(ArgumentKind.Positional, value, null, value.Span);
        var clauses = generators.Get();
        var span = SourceSpan.Cover(value.Span, clauses[^1].Span);
        return new CallArgument(ArgumentKind.BareGenerator, new GeneratorExpExpr(value, clauses, span), null, span);
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
