using DlrClosures.Syntax;

namespace DlrClosures.Scoping;

/// <summary>
/// Lists, per block, the names its own code mentions in the order CPython 3.11's compiler first
/// emits them (Python/compile.c), which is the order of <c>co_varnames</c> after the parameters.
/// </summary>
/// <remarks>
/// Input: the module and pass 1's node-to-entry table (for mangling). Output: per block node, its
/// names in first-emission order. This differs from source order: an assignment's value is
/// compiled before its targets, a for loop's iterable before its target, a try's else before its
/// handlers, a comprehension's inner iterables before their targets, a dict comprehension's key
/// before its value.
/// Steps: walk each block's statements and expressions in compile.c order, appending a name the
/// first time it appears; descend into nested blocks with their own list.
/// </remarks>
internal sealed class LocalNameOrder
{
    private readonly IReadOnlyDictionary<SyntaxNode, SymbolTableEntry> _entries;
    private readonly Dictionary<SyntaxNode, List<string>> _order = new(ReferenceEqualityComparer.Instance);
    private SymbolTableEntry _entry;
    private List<string> _names;
    private NameSet _mentioned = new();

    private LocalNameOrder(ModuleNode module, IReadOnlyDictionary<SyntaxNode, SymbolTableEntry> entries)
    {
        _entries = entries;
        _entry = entries[module];
        _names = [];
        _order.Add(module, _names);
    }

    /// <summary>Names per block node, in first-emission order.</summary>
    public static IReadOnlyDictionary<SyntaxNode, List<string>> Compute(ModuleNode module,
        IReadOnlyDictionary<SyntaxNode, SymbolTableEntry> entries)
    {
        var walker = new LocalNameOrder(module, entries);
        walker.Statements(module.Body);
        return walker._order;
    }

    private void Mention(string name)
    {
        string mangled = NameMangler.Mangle(_entry.PrivateName, name);
        if (_mentioned.Add(mangled)) _names.Add(mangled);
    }

    // A block's body is visited between these two (not in a callback: a lambda in a switch
    // section makes the compiler allocate its closure on every call of the method, case or not).
    private (SymbolTableEntry, List<string>, NameSet) EnterBlock(SyntaxNode node)
    {
        var saved = (_entry, _names, _mentioned);
        _entry = _entries[node];
        _names = [];
        _mentioned = new NameSet();
        _order.Add(node, _names);
        return saved;
    }

    private void ExitBlock((SymbolTableEntry, List<string>, NameSet) saved) => (_entry, _names, _mentioned) = saved;

    private void Statements(System.Collections.Immutable.ImmutableArray<Stmt> statements)
    {
        foreach (var statement in statements) Statement(statement);
    }

    private void Statement(Stmt statement)
    {
        switch (statement)
        {
            case FunctionDefStmt def:
                // compiler_function: decorators, defaults, the body as its own code, then the name.
                Expressions(def.DecoratorList);
                Defaults(def.Args);
                Annotations(def.Args, def.Returns);
                var outer = EnterBlock(def);
                Statements(def.Body);
                ExitBlock(outer);
                Mention(def.Name);
                break;
            case ClassDefStmt cls:
                // compiler_class: decorators, the body, then the call with bases and keywords.
                Expressions(cls.DecoratorList);
                var enclosing = EnterBlock(cls);
                Statements(cls.Body);
                ExitBlock(enclosing);
                Expressions(cls.Bases);
                Keywords(cls.Keywords);
                Mention(cls.Name);
                break;
            case ReturnStmt ret: Optional(ret.Value); break;
            case DeleteStmt del: Expressions(del.Targets); break;
            case AssignStmt assign: Expression(assign.Value); Expressions(assign.Targets); break;
            case AugAssignStmt aug: Expression(aug.Target); Expression(aug.Value); break;
            case ForStmt loop: Expression(loop.Iter); Expression(loop.Target); Statements(loop.Body); Statements(loop.OrElse); break;
            case WhileStmt loop: Expression(loop.Test); Statements(loop.Body); Statements(loop.OrElse); break;
            case IfStmt branch: Expression(branch.Test); Statements(branch.Body); Statements(branch.OrElse); break;
            case RaiseStmt raise: Optional(raise.Exc); Optional(raise.Cause); break;
            case TryStmt attempt:
                // compiler_try_except compiles the else block straight after the body.
                Statements(attempt.Body);
                Statements(attempt.OrElse);
                foreach (var handler in attempt.Handlers)
                {
                    Optional(handler.Type);
                    if (handler.Name is not null) Mention(handler.Name);
                    Statements(handler.Body);
                }
                Statements(attempt.FinalBody);
                break;
            case AssertStmt assert: Expression(assert.Test); Optional(assert.Msg); break;
            case ExprStmt expression: Expression(expression.Value); break;
            case AnnAssignStmt annotated:
                // compiler_annassign: value, target; the annotation only outside functions.
                Optional(annotated.Value);
                Expression(annotated.Target);
                if (!_entry.IsFunctionBlock) Expression(annotated.Annotation);
                break;
            case ImportStmt import:
                foreach (var alias in import.Names) Mention(alias.AsName ?? alias.Name.Split('.')[0]);
                break;
            case ImportFromStmt import:
                foreach (var alias in import.Names.Where(a => a.Name != "*")) Mention(alias.AsName ?? alias.Name);
                break;
            case WithStmt with:
                foreach (var item in with.Items)
                {
                    Expression(item.ContextExpr);
                    Optional(item.OptionalVars);
                }
                Statements(with.Body);
                break;
            case MatchStmt match:
                Expression(match.Subject);
                foreach (var matchCase in match.Cases)
                {
                    Pattern(matchCase.Pattern);
                    Optional(matchCase.Guard);
                    Statements(matchCase.Body);
                }
                break;
            default: break; // global, nonlocal, pass, break, continue emit no names.
        }
    }

    private void Annotations(Arguments arguments, Expr? returns)
    {
        foreach (var arg in arguments.Args.Concat(arguments.KwOnlyArgs)) Optional(arg.Annotation);
        Optional(arguments.VarArg?.Annotation);
        Optional(arguments.KwArg?.Annotation);
        Optional(returns);
    }

    private void Pattern(Pattern pattern)
    {
        switch (pattern)
        {
            case MatchValuePattern value: Expression(value.Value); break;
            case MatchSequencePattern sequence: foreach (var p in sequence.Patterns) Pattern(p); break;
            case MatchStarPattern { Name: { } name }: Mention(name); break;
            case MatchAsPattern capture:
                if (capture.Pattern is not null) Pattern(capture.Pattern);
                if (capture.Name is not null) Mention(capture.Name);
                break;
            case MatchOrPattern or: foreach (var p in or.Patterns) Pattern(p); break;
            case MatchMappingPattern mapping:
                Expressions(mapping.Keys);
                foreach (var p in mapping.Patterns) Pattern(p);
                if (mapping.Rest is not null) Mention(mapping.Rest);
                break;
            case MatchClassPattern cls:
                Expression(cls.Cls);
                foreach (var p in cls.Patterns.Concat(cls.KwdPatterns)) Pattern(p);
                break;
        }
    }

    private void Defaults(Arguments arguments)
    {
        Expressions(arguments.Defaults);
        foreach (var value in arguments.KwDefaults) Optional(value);
    }

    private void Optional(Expr? expression)
    {
        if (expression is not null) Expression(expression);
    }

    private void Expressions(IEnumerable<Expr> expressions)
    {
        foreach (var expression in expressions) Expression(expression);
    }

    // The same for the tree's own arrays, without boxing them into an IEnumerable.
    private void Expressions(System.Collections.Immutable.ImmutableArray<Expr> expressions)
    {
        foreach (var expression in expressions) Expression(expression);
    }

    private void Keywords(System.Collections.Immutable.ImmutableArray<Keyword> keywords)
    {
        foreach (var keyword in keywords) Expression(keyword.Value);
    }

    private void Expression(Expr expression)
    {
        switch (expression)
        {
            case NameExpr name: Mention(name.Id); break;
            case ConstantExpr: break;
            case BoolOpExpr op: Expressions(op.Values); break;
            case BinOpExpr op: Expression(op.Left); Expression(op.Right); break;
            case UnaryOpExpr op: Expression(op.Operand); break;
            case LambdaExpr lambda:
                Defaults(lambda.Args);
                var outer = EnterBlock(lambda);
                Expression(lambda.Body);
                ExitBlock(outer);
                break;
            case IfExpExpr ifExp: Expression(ifExp.Test); Expression(ifExp.Body); Expression(ifExp.OrElse); break;
            case DictExpr dict:
                // compiler_dict: key and value pairwise.
                for (int i = 0; i < dict.Values.Length; i++)
                {
                    Optional(dict.Keys[i]);
                    Expression(dict.Values[i]);
                }
                break;
            case SetExpr set: Expressions(set.Elts); break;
            case ListExpr list: Expressions(list.Elts); break;
            case TupleExpr tuple: Expressions(tuple.Elts); break;
            case ListCompExpr comp: Comprehension(comp, comp.Generators, comp.Elt, null); break;
            case SetCompExpr comp: Comprehension(comp, comp.Generators, comp.Elt, null); break;
            case DictCompExpr comp: Comprehension(comp, comp.Generators, comp.Key, comp.Value); break;
            case GeneratorExpExpr comp: Comprehension(comp, comp.Generators, comp.Elt, null); break;
            case CompareExpr compare: Expression(compare.Left); Expressions(compare.Comparators); break;
            case CallExpr call: Expression(call.Func); Expressions(call.Args); Keywords(call.Keywords); break;
            case FormattedValueExpr formatted: Expression(formatted.Value); Optional(formatted.FormatSpec); break;
            case JoinedStrExpr joined: Expressions(joined.Values); break;
            case AttributeExpr attribute: Expression(attribute.Value); break;
            case SubscriptExpr subscript: Expression(subscript.Value); Expression(subscript.Slice); break;
            case StarredExpr starred: Expression(starred.Value); break;
            case SliceExpr slice: Optional(slice.Lower); Optional(slice.Upper); Optional(slice.Step); break;
            case NamedExpr named: Expression(named.Value); Expression(named.Target); break;
            case YieldExpr yield: Optional(yield.Value); break;
            case YieldFromExpr yieldFrom: Expression(yieldFrom.Value); break;
            case AwaitExpr awaited: Expression(awaited.Value); break;
            default: throw new NotSupportedException($"Scope analysis does not know expression {expression.GetType().Name}.");
        }
    }

    // compiler_comprehension_generator: the first loop reads ".0"; later loops evaluate their
    // iterable before storing their target; the element (key before value) comes last.
    private void Comprehension(Expr node, IReadOnlyList<Comprehension> generators, Expr element, Expr? value)
    {
        var outer = EnterBlock(node);
        for (int i = 0; i < generators.Count; i++)
        {
            if (i > 0) Expression(generators[i].Iter);
            Expression(generators[i].Target);
            Expressions(generators[i].Ifs);
        }
        Expression(element);
        Optional(value);
        ExitBlock(outer);
        Expression(generators[0].Iter);
    }
}
