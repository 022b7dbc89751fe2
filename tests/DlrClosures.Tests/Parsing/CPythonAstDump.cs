using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;
using DlrClosures.Syntax;

namespace DlrClosures.Tests.Parsing;

/// <summary>
/// Renders a syntax tree exactly as CPython 3.11's <c>ast.dump(tree)</c> prints it (field order,
/// <c>ctx=Load()/Store()/Del()</c>, optional fields left out when None), so that a test can compare
/// the parser with the output of <c>python3.11</c> itself. Positional-only parameters are the one
/// part of <c>ast.arguments</c> this tree does not keep apart (they stay in <c>args</c>), so the
/// corpus has none.
/// </summary>
internal static class CPythonAstDump
{
    private enum Context { Load, Store, Del }

    public static string Of(ModuleNode module) => $"Module(body={Statements(module.Body)}, type_ignores=[])";

    private static string Statements(ImmutableArray<Stmt> statements) => List(statements.Select(Statement));

    private static string Statement(Stmt statement) => statement switch
    {
        FunctionDefStmt f => Node(f.IsAsync ? "AsyncFunctionDef" : "FunctionDef",
            ("name", Str(f.Name)), ("args", Arguments(f.Args)), ("body", Statements(f.Body)),
            ("decorator_list", Expressions(f.DecoratorList)), ("returns", Optional(f.Returns))),
        ClassDefStmt c => Node("ClassDef", ("name", Str(c.Name)), ("bases", Expressions(c.Bases)),
            ("keywords", List(c.Keywords.Select(Keyword))), ("body", Statements(c.Body)), ("decorator_list", Expressions(c.DecoratorList))),
        ReturnStmt r => Node("Return", ("value", Optional(r.Value))),
        DeleteStmt d => Node("Delete", ("targets", List(d.Targets.Select(t => Expression(t, Context.Del))))),
        AssignStmt a => Node("Assign", ("targets", List(a.Targets.Select(t => Expression(t, Context.Store)))), ("value", Expression(a.Value))),
        AugAssignStmt a => Node("AugAssign", ("target", Expression(a.Target, Context.Store)), ("op", $"{a.Op}()"), ("value", Expression(a.Value))),
        AnnAssignStmt a => Node("AnnAssign", ("target", Expression(a.Target, Context.Store)), ("annotation", Expression(a.Annotation)),
            ("value", Optional(a.Value)), ("simple", a.Simple ? "1" : "0")),
        ForStmt f => Node(f.IsAsync ? "AsyncFor" : "For", ("target", Expression(f.Target, Context.Store)), ("iter", Expression(f.Iter)),
            ("body", Statements(f.Body)), ("orelse", Statements(f.OrElse))),
        WhileStmt w => Node("While", ("test", Expression(w.Test)), ("body", Statements(w.Body)), ("orelse", Statements(w.OrElse))),
        IfStmt i => Node("If", ("test", Expression(i.Test)), ("body", Statements(i.Body)), ("orelse", Statements(i.OrElse))),
        WithStmt w => Node(w.IsAsync ? "AsyncWith" : "With", ("items", List(w.Items.Select(WithItem))), ("body", Statements(w.Body))),
        MatchStmt m => Node("Match", ("subject", Expression(m.Subject)), ("cases", List(m.Cases.Select(MatchCase)))),
        RaiseStmt r => Node("Raise", ("exc", Optional(r.Exc)), ("cause", Optional(r.Cause))),
        TryStmt t => Node(t.IsStar ? "TryStar" : "Try", ("body", Statements(t.Body)), ("handlers", List(t.Handlers.Select(Handler))),
            ("orelse", Statements(t.OrElse)), ("finalbody", Statements(t.FinalBody))),
        AssertStmt a => Node("Assert", ("test", Expression(a.Test)), ("msg", Optional(a.Msg))),
        ImportStmt i => Node("Import", ("names", List(i.Names.Select(Alias)))),
        ImportFromStmt i => Node("ImportFrom", ("module", i.Module is null ? null : Str(i.Module)), ("names", List(i.Names.Select(Alias))),
            ("level", i.Level.ToString())),
        GlobalStmt g => Node("Global", ("names", List(g.Names.Select(Str)))),
        NonlocalStmt n => Node("Nonlocal", ("names", List(n.Names.Select(Str)))),
        ExprStmt e => Node("Expr", ("value", Expression(e.Value))),
        PassStmt => "Pass()",
        BreakStmt => "Break()",
        ContinueStmt => "Continue()",
        _ => throw new NotSupportedException(statement.GetType().Name),
    };

    private static string Handler(ExceptHandler h) =>
        Node("ExceptHandler", ("type", Optional(h.Type)), ("name", h.Name is null ? null : Str(h.Name)), ("body", Statements(h.Body)));

    private static string WithItem(WithItem item) =>
        Node("withitem", ("context_expr", Expression(item.ContextExpr)),
            ("optional_vars", item.OptionalVars is null ? null : Expression(item.OptionalVars, Context.Store)));

    private static string Alias(Alias alias) => Node("alias", ("name", Str(alias.Name)), ("asname", alias.AsName is null ? null : Str(alias.AsName)));

    private static string Keyword(Keyword keyword) => Node("keyword", ("arg", keyword.Arg is null ? null : Str(keyword.Arg)), ("value", Expression(keyword.Value)));

    private static string MatchCase(MatchCase c) =>
        Node("match_case", ("pattern", Pattern(c.Pattern)), ("guard", Optional(c.Guard)), ("body", Statements(c.Body)));

    private static string Pattern(Pattern pattern) => pattern switch
    {
        MatchValuePattern v => Node("MatchValue", ("value", Expression(v.Value))),
        MatchSingletonPattern s => Node("MatchSingleton", ("value", ConstantRepr(s.Value))),
        MatchSequencePattern s => Node("MatchSequence", ("patterns", List(s.Patterns.Select(Pattern)))),
        MatchMappingPattern m => Node("MatchMapping", ("keys", Expressions(m.Keys)), ("patterns", List(m.Patterns.Select(Pattern))),
            ("rest", m.Rest is null ? null : Str(m.Rest))),
        MatchClassPattern c => Node("MatchClass", ("cls", Expression(c.Cls)), ("patterns", List(c.Patterns.Select(Pattern))),
            ("kwd_attrs", List(c.KwdAttrs.Select(Str))), ("kwd_patterns", List(c.KwdPatterns.Select(Pattern)))),
        MatchStarPattern s => Node("MatchStar", ("name", s.Name is null ? null : Str(s.Name))),
        MatchAsPattern a => Node("MatchAs", ("pattern", a.Pattern is null ? null : Pattern(a.Pattern)), ("name", a.Name is null ? null : Str(a.Name))),
        MatchOrPattern o => Node("MatchOr", ("patterns", List(o.Patterns.Select(Pattern)))),
        _ => throw new NotSupportedException(pattern.GetType().Name),
    };

    private static string Arguments(Arguments a) => Node("arguments",
        ("posonlyargs", "[]"),
        ("args", List(a.Args.Select(Arg))),
        ("vararg", a.VarArg is null ? null : Arg(a.VarArg)),
        ("kwonlyargs", List(a.KwOnlyArgs.Select(Arg))),
        ("kw_defaults", List(a.KwDefaults.Select(d => d is null ? "None" : Expression(d)))),
        ("kwarg", a.KwArg is null ? null : Arg(a.KwArg)),
        ("defaults", Expressions(a.Defaults)));

    private static string Arg(Arg arg) => Node("arg", ("arg", Str(arg.Name)), ("annotation", Optional(arg.Annotation)));

    private static string Comprehension(Comprehension c) => Node("comprehension",
        ("target", Expression(c.Target, Context.Store)), ("iter", Expression(c.Iter)), ("ifs", Expressions(c.Ifs)), ("is_async", c.IsAsync ? "1" : "0"));

    private static string Expressions(IEnumerable<Expr> expressions) => List(expressions.Select(e => Expression(e)));

    private static string? Optional(Expr? expression) => expression is null ? null : Expression(expression);

    private static string Expression(Expr expression, Context ctx = Context.Load) => expression switch
    {
        BoolOpExpr b => Node("BoolOp", ("op", $"{b.Op}()"), ("values", Expressions(b.Values))),
        NamedExpr n => Node("NamedExpr", ("target", Expression(n.Target, Context.Store)), ("value", Expression(n.Value))),
        BinOpExpr b => Node("BinOp", ("left", Expression(b.Left)), ("op", $"{b.Op}()"), ("right", Expression(b.Right))),
        UnaryOpExpr u => Node("UnaryOp", ("op", $"{u.Op}()"), ("operand", Expression(u.Operand))),
        LambdaExpr l => Node("Lambda", ("args", Arguments(l.Args)), ("body", Expression(l.Body))),
        IfExpExpr i => Node("IfExp", ("test", Expression(i.Test)), ("body", Expression(i.Body)), ("orelse", Expression(i.OrElse))),
        DictExpr d => Node("Dict", ("keys", List(d.Keys.Select(k => k is null ? "None" : Expression(k)))), ("values", Expressions(d.Values))),
        SetExpr s => Node("Set", ("elts", Expressions(s.Elts))),
        ListCompExpr c => Node("ListComp", ("elt", Expression(c.Elt)), ("generators", List(c.Generators.Select(Comprehension)))),
        SetCompExpr c => Node("SetComp", ("elt", Expression(c.Elt)), ("generators", List(c.Generators.Select(Comprehension)))),
        DictCompExpr c => Node("DictComp", ("key", Expression(c.Key)), ("value", Expression(c.Value)), ("generators", List(c.Generators.Select(Comprehension)))),
        GeneratorExpExpr c => Node("GeneratorExp", ("elt", Expression(c.Elt)), ("generators", List(c.Generators.Select(Comprehension)))),
        AwaitExpr a => Node("Await", ("value", Expression(a.Value))),
        YieldExpr y => Node("Yield", ("value", Optional(y.Value))),
        YieldFromExpr y => Node("YieldFrom", ("value", Expression(y.Value))),
        CompareExpr c => Node("Compare", ("left", Expression(c.Left)), ("ops", List(c.Ops.Select(o => $"{o}()"))), ("comparators", Expressions(c.Comparators))),
        CallExpr c => Node("Call", ("func", Expression(c.Func)), ("args", Expressions(c.Args)), ("keywords", List(c.Keywords.Select(Keyword)))),
        FormattedValueExpr f => Node("FormattedValue", ("value", Expression(f.Value)),
            ("conversion", f.Conversion == '\0' ? "-1" : ((int)f.Conversion).ToString()), ("format_spec", Optional(f.FormatSpec))),
        JoinedStrExpr j => Node("JoinedStr", ("values", Expressions(j.Values))),
        ConstantExpr c => Node("Constant", ("value", ConstantRepr(c.Value))),
        AttributeExpr a => Node("Attribute", ("value", Expression(a.Value)), ("attr", Str(a.Attr)), ("ctx", Ctx(ctx))),
        SubscriptExpr s => Node("Subscript", ("value", Expression(s.Value)), ("slice", Expression(s.Slice)), ("ctx", Ctx(ctx))),
        StarredExpr s => Node("Starred", ("value", Expression(s.Value, ctx)), ("ctx", Ctx(ctx))),
        NameExpr n => Node("Name", ("id", Str(n.Id)), ("ctx", Ctx(ctx))),
        ListExpr l => Node("List", ("elts", List(l.Elts.Select(e => Expression(e, ctx)))), ("ctx", Ctx(ctx))),
        TupleExpr t => Node("Tuple", ("elts", List(t.Elts.Select(e => Expression(e, ctx)))), ("ctx", Ctx(ctx))),
        SliceExpr s => Node("Slice", ("lower", Optional(s.Lower)), ("upper", Optional(s.Upper)), ("step", Optional(s.Step))),
        _ => throw new NotSupportedException(expression.GetType().Name),
    };

    private static string Ctx(Context ctx) => $"{ctx}()";

    private static string ConstantRepr(object value) => value switch
    {
        string s => StrRepr.Repr(s),
        bool b => b ? "True" : "False",
        PyNone => "None",
        PyEllipsis => "Ellipsis",
        long or BigInteger => value.ToString()!,
        double d => FloatRepr.Repr(d),
        Complex c => ComplexRepr(c.Imaginary),
        ImmutableArray<byte> bytes => BytesRepr(bytes),
        _ => throw new NotSupportedException(value.GetType().Name),
    };

    private static string ComplexRepr(double imaginary)
    {
        string text = FloatRepr.Repr(imaginary);
        return (text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text) + "j";
    }

    // bytes.__repr__: single quotes unless the value has a single quote and no double quote.
    private static string BytesRepr(ImmutableArray<byte> bytes)
    {
        char quote = bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"') ? '"' : '\'';
        var text = new StringBuilder("b").Append(quote);
        foreach (byte b in bytes)
        {
            text.Append(b switch
            {
                (byte)'\\' => "\\\\",
                (byte)'\t' => "\\t",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                _ when b == quote => "\\" + quote,
                < 0x20 or >= 0x7F => $"\\x{b:x2}",
                _ => ((char)b).ToString(),
            });
        }
        return text.Append(quote).ToString();
    }

    private static string Str(string value) => StrRepr.Repr(value);

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private static string Node(string name, params (string Field, string? Value)[] fields) =>
        name + "(" + string.Join(", ", fields.Where(f => f.Value is not null).Select(f => $"{f.Field}={f.Value}")) + ")";
}
