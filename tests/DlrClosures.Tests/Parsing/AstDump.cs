using System.Globalization;
using DlrClosures.Runtime;
using DlrClosures.Syntax;

namespace DlrClosures.Tests.Parsing;

/// <summary>A compact, span-free rendering of a syntax tree, modelled on CPython's <c>ast.dump</c>, for expectations.</summary>
internal static class AstDump
{
    public static string Of(SyntaxNode? node) => node switch
    {
        null => "None",
        ModuleNode m => List(m.Body),
        NameExpr n => n.Id,
        ConstantExpr c => Constant(c.Value),
        BinOpExpr b => $"BinOp({Of(b.Left)} {b.Op} {Of(b.Right)})",
        UnaryOpExpr u => $"{u.Op}({Of(u.Operand)})",
        BoolOpExpr b => $"{b.Op}{List(b.Values)}",
        CompareExpr c => $"Compare({Of(c.Left)}, {string.Join(", ", c.Ops.Zip(c.Comparators, (o, e) => $"{o} {Of(e)}"))})",
        IfExpExpr i => $"IfExp({Of(i.Test)}, {Of(i.Body)}, {Of(i.OrElse)})",
        LambdaExpr l => $"Lambda({Of(l.Args)}, {Of(l.Body)})",
        CallExpr c => $"Call({Of(c.Func)}, {List(c.Args)}, {List(c.Keywords)})",
        Keyword k => $"{k.Arg ?? "**"}={Of(k.Value)}",
        AttributeExpr a => $"{Of(a.Value)}.{a.Attr}",
        SubscriptExpr s => $"{Of(s.Value)}[{Of(s.Slice)}]",
        SliceExpr s => $"Slice({Of(s.Lower)}, {Of(s.Upper)}, {Of(s.Step)})",
        StarredExpr s => $"*{Of(s.Value)}",
        TupleExpr t => $"Tuple{List(t.Elts)}",
        ListExpr l => $"List{List(l.Elts)}",
        SetExpr s => $"Set{List(s.Elts)}",
        DictExpr d => $"Dict[{string.Join(", ", d.Keys.Zip(d.Values, (k, v) => k is null ? $"**{Of(v)}" : $"{Of(k)}: {Of(v)}"))}]",
        ListCompExpr c => $"ListComp({Of(c.Elt)}, {List(c.Generators)})",
        SetCompExpr c => $"SetComp({Of(c.Elt)}, {List(c.Generators)})",
        GeneratorExpExpr c => $"GenExp({Of(c.Elt)}, {List(c.Generators)})",
        DictCompExpr c => $"DictComp({Of(c.Key)}, {Of(c.Value)}, {List(c.Generators)})",
        Comprehension c => $"for {Of(c.Target)} in {Of(c.Iter)} if {List(c.Ifs)}",
        JoinedStrExpr j => $"JoinedStr{List(j.Values)}",
        FormattedValueExpr f => $"Fmt({Of(f.Value)}, {(f.Conversion == '\0' ? "-" : f.Conversion.ToString())}, {Of(f.FormatSpec)})",
        Arguments a => $"Args({string.Join(", ", a.Args.Select(x => x.Name))}; defaults={List(a.Defaults)}; *{a.VarArg?.Name}; kwonly={string.Join(", ", a.KwOnlyArgs.Select(x => x.Name))}; kwdefaults={List(a.KwDefaults)}; **{a.KwArg?.Name})",
        ExprStmt e => $"Expr({Of(e.Value)})",
        AssignStmt a => $"Assign({List(a.Targets)}, {Of(a.Value)})",
        AugAssignStmt a => $"AugAssign({Of(a.Target)} {a.Op} {Of(a.Value)})",
        ReturnStmt r => $"Return({Of(r.Value)})",
        PassStmt => "Pass",
        BreakStmt => "Break",
        ContinueStmt => "Continue",
        DeleteStmt d => $"Delete{List(d.Targets)}",
        GlobalStmt g => $"Global[{string.Join(", ", g.Names)}]",
        NonlocalStmt n => $"Nonlocal[{string.Join(", ", n.Names)}]",
        RaiseStmt r => $"Raise({Of(r.Exc)}, {Of(r.Cause)})",
        AssertStmt a => $"Assert({Of(a.Test)}, {Of(a.Msg)})",
        IfStmt i => $"If({Of(i.Test)}, {List(i.Body)}, {List(i.OrElse)})",
        WhileStmt w => $"While({Of(w.Test)}, {List(w.Body)}, {List(w.OrElse)})",
        ForStmt f => $"For({Of(f.Target)}, {Of(f.Iter)}, {List(f.Body)}, {List(f.OrElse)})",
        TryStmt t => $"Try({List(t.Body)}, {List(t.Handlers)}, {List(t.OrElse)}, {List(t.FinalBody)})",
        ExceptHandler h => $"Except({Of(h.Type)}, {h.Name ?? "None"}, {List(h.Body)})",
        FunctionDefStmt f => $"Def({List(f.DecoratorList)} {f.Name}, {Of(f.Args)}, {List(f.Body)})",
        ClassDefStmt c => $"Class({List(c.DecoratorList)} {c.Name}, {List(c.Bases)}, {List(c.Keywords)}, {List(c.Body)})",
        _ => node.GetType().Name,
    };

    private static string List<T>(IEnumerable<T> nodes) where T : SyntaxNode? =>
        "[" + string.Join(", ", nodes.Select(n => Of(n))) + "]";

    private static string Constant(object value) => value switch
    {
        string s => "'" + s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("'", "\\'") + "'",
        bool b => b ? "True" : "False",
        PyNone => "None",
        double d => d.ToString("R", CultureInfo.InvariantCulture) is var r && (r.Contains('.') || r.Contains('E')) ? r : r + ".0",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
