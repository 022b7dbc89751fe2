using System.Collections.Immutable;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Tests.Scoping;

/// <summary>
/// Builds syntax trees by hand while there is no parser. Nodes get <see cref="SourceSpan.None"/>
/// unless a test passes a span, usually found with <see cref="At"/> in the program's source text.
/// Parameter lists are written as in Python: <c>Params("a, b, *args, c, **kw")</c>.
/// </summary>
internal static class Py
{
    private static readonly SourceText Empty = new("", "<string>");

    private static SourceSpan S(SourceSpan? at) => at ?? SourceSpan.None;

    /// <summary>The span of the <paramref name="occurrence"/>-th (0-based) appearance of <paramref name="snippet"/> in <paramref name="source"/>.</summary>
    public static SourceSpan At(SourceText source, string snippet, int occurrence = 0)
    {
        int index = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            index = source.Text.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            if (index < 0) throw new ArgumentException($"'{snippet}' #{occurrence} not in source");
        }
        return source.Span(index, index + snippet.Length);
    }

    public static ModuleNode Module(params Stmt[] body) => Module(Empty, body);
    public static ModuleNode Module(SourceText source, params Stmt[] body) => new([.. body], source, SourceSpan.None);

    // Expressions
    public static NameExpr Name(string id, SourceSpan? at = null) => new(id, S(at));
    public static ConstantExpr Const(object value) => new(value, SourceSpan.None);
    public static BinOpExpr Add(Expr left, Expr right) => new(left, BinaryOperator.Add, right, SourceSpan.None);
    public static BinOpExpr Mul(Expr left, Expr right) => new(left, BinaryOperator.Mult, right, SourceSpan.None);
    public static CompareExpr Gt(Expr left, Expr right) => new(left, [CompareOperator.Gt], [right], SourceSpan.None);
    public static CallExpr Call(Expr func, params Expr[] args) => new(func, [.. args], [], SourceSpan.None);
    public static CallExpr Call(string func, params Expr[] args) => Call(Name(func), args);
    public static AttributeExpr Attr(Expr value, string attr) => new(value, attr, SourceSpan.None);
    public static SubscriptExpr Index(Expr value, Expr index) => new(value, index, SourceSpan.None);
    public static TupleExpr Tuple(params Expr[] elts) => new([.. elts], SourceSpan.None);
    public static ListExpr List(params Expr[] elts) => new([.. elts], SourceSpan.None);
    public static StarredExpr Star(Expr value) => new(value, SourceSpan.None);
    public static LambdaExpr Lambda(Expr body) => Lambda(Params(""), body);
    public static LambdaExpr Lambda(Arguments args, Expr body) => new(args, body, SourceSpan.None);

    // Comprehensions: Gen is one `for target in iter if ...` clause.
    public static Comprehension Gen(Expr target, Expr iter, params Expr[] ifs) => new(target, iter, [.. ifs], SourceSpan.None);
    public static ListCompExpr ListComp(Expr elt, params Comprehension[] gens) => new(elt, [.. gens], SourceSpan.None);
    public static SetCompExpr SetComp(Expr elt, params Comprehension[] gens) => new(elt, [.. gens], SourceSpan.None);
    public static DictCompExpr DictComp(Expr key, Expr value, params Comprehension[] gens) => new(key, value, [.. gens], SourceSpan.None);
    public static GeneratorExpExpr GenExp(Expr elt, params Comprehension[] gens) => new(elt, [.. gens], SourceSpan.None);

    // Parameters
    public static Arg Arg(string name, SourceSpan? at = null) => new(name, S(at));

    /// <summary>A parameter list from Python syntax without defaults: "a, b, *args, c, **kw" or "a, *, c".</summary>
    public static Arguments Params(string spec, params Expr[] defaults)
    {
        var positional = new List<Arg>();
        var keywordOnly = new List<Arg>();
        Arg? varArg = null, kwArg = null;
        bool afterStar = false;
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("**")) kwArg = Arg(part[2..]);
            else if (part.StartsWith('*'))
            {
                afterStar = true;
                if (part.Length > 1) varArg = Arg(part[1..]);
            }
            else (afterStar ? keywordOnly : positional).Add(Arg(part));
        }
        return Params(positional, varArg, keywordOnly, kwArg, defaults);
    }

    public static Arguments Params(IEnumerable<Arg> positional, Arg? varArg = null, IEnumerable<Arg>? keywordOnly = null,
        Arg? kwArg = null, IEnumerable<Expr>? defaults = null, IEnumerable<Expr?>? kwDefaults = null)
    {
        var kwOnly = (keywordOnly ?? []).ToImmutableArray();
        var kwValues = kwDefaults?.ToImmutableArray() ?? kwOnly.Select(_ => (Expr?)null).ToImmutableArray();
        return new([.. positional], varArg, kwOnly, kwValues, kwArg, [.. defaults ?? []], SourceSpan.None);
    }

    // Statements
    public static ExprStmt Do(Expr value) => new(value, SourceSpan.None);
    public static AssignStmt Assign(string target, Expr value) => Assign(Name(target), value);
    public static AssignStmt Assign(Expr target, Expr value) => new([target], value, SourceSpan.None);
    public static AugAssignStmt AugAdd(string target, Expr value) => new(Name(target), BinaryOperator.Add, value, SourceSpan.None);
    public static DeleteStmt Del(params string[] names) => new([.. names.Select(n => (Expr)Name(n))], SourceSpan.None);
    public static ReturnStmt Return(Expr? value = null, SourceSpan? at = null) => new(value, S(at));
    public static BreakStmt Break(SourceSpan? at = null) => new(S(at));
    public static ContinueStmt Continue(SourceSpan? at = null) => new(S(at));
    public static PassStmt Pass() => new(SourceSpan.None);
    public static GlobalStmt Global(string name, SourceSpan? at = null) => new([name], S(at));
    public static NonlocalStmt Nonlocal(string name, SourceSpan? at = null) => new([name], S(at));
    public static IfStmt If(Expr test, params Stmt[] body) => new(test, [.. body], [], SourceSpan.None);
    public static WhileStmt While(Expr test, params Stmt[] body) => new(test, [.. body], [], SourceSpan.None);
    public static ForStmt For(Expr target, Expr iter, params Stmt[] body) => ForElse(target, iter, body, []);
    public static ForStmt ForElse(Expr target, Expr iter, Stmt[] body, Stmt[] orElse) => new(target, iter, [.. body], [.. orElse], SourceSpan.None);
    public static ExceptHandler Except(Expr? type, string? name, params Stmt[] body) => new(type, name, [.. body], SourceSpan.None);
    public static TryStmt Try(Stmt[] body, ExceptHandler[] handlers, Stmt[] orElse, Stmt[] finalBody) =>
        new([.. body], [.. handlers], [.. orElse], [.. finalBody], SourceSpan.None);

    public static FunctionDefStmt Def(string name, params Stmt[] body) => Def(name, Params(""), body);
    public static FunctionDefStmt Def(string name, string parameters, params Stmt[] body) => Def(name, Params(parameters), body);
    public static FunctionDefStmt Def(string name, Arguments args, params Stmt[] body) => new(name, args, [.. body], [], SourceSpan.None);
    public static ClassDefStmt Class(string name, params Stmt[] body) => new(name, [], [], [.. body], [], SourceSpan.None);
}
