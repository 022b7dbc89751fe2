using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Scoping;

/// <summary>
/// Pass 1 of scope analysis: walks the tree in the order of CPython 3.11's <c>symtable_visit_stmt</c>
/// and <c>symtable_visit_expr</c> and records, per block and per (mangled) name, the DEF_* facts.
/// </summary>
/// <remarks>
/// Input: a module. Output: the root <see cref="SymbolTableEntry"/> with one child per def, class,
/// lambda and comprehension, in the order CPython enters them, and a node-to-entry side table.
/// Steps:
/// 1. Enter the module block; visit its statements.
/// 2. A def/class/lambda binds its name (def/class only) and evaluates defaults, decorators and
///    bases in the current block, then enters a new block for parameters and body.
/// 3. A comprehension evaluates its outermost iterable in the current block; the implicit
///    parameter ".0", every target, condition, inner iterable and element belong to a new block.
/// 4. <c>global</c>/<c>nonlocal</c> are checked against what the block already knows about the
///    name (parameter, use, assignment) and raise CPython's SyntaxError on the first conflict.
///    A <c>global</c> in any block also marks the name global in the module block.
/// Invariant: the syntax tree is never modified.
/// </remarks>
internal sealed class SymbolCollector
{
    private readonly SourceText _source;
    private readonly SymbolTableEntry _module;
    private readonly Dictionary<SyntaxNode, SymbolTableEntry> _entries = new(ReferenceEqualityComparer.Instance);
    private SymbolTableEntry _current;

    /// <summary>Inside a comprehension's iterable (CPython <c>ste_comp_iter_expr</c>): no assignment expression there.</summary>
    private int _comprehensionIterable;

    /// <summary>Visiting a comprehension's target (CPython <c>ste_comp_iter_target</c>): names become DEF_COMP_ITER.</summary>
    private bool _comprehensionTarget;

    private SymbolCollector(ModuleNode module)
    {
        _source = module.Source;
        _current = new SymbolTableEntry(module, ScopeKind.Module, "<module>", parent: null, privateName: null);
        _entries.Add(module, _current);
        _module = _current;
    }

    /// <summary>Runs pass 1 over <paramref name="module"/>; throws SyntaxError on a misplaced declaration or a duplicate parameter.</summary>
    public static (SymbolTableEntry Root, IReadOnlyDictionary<SyntaxNode, SymbolTableEntry> Entries) Collect(ModuleNode module)
    {
        var collector = new SymbolCollector(module);
        var root = collector._current;
        collector.VisitStatements(module.Body);
        return (root, collector._entries);
    }

    private SymbolTableEntry Enter(SyntaxNode node, ScopeKind kind, string name, string? privateName)
    {
        var entry = new SymbolTableEntry(node, kind, name, _current, privateName);
        _entries.Add(node, entry);
        return entry;
    }

    // Visiting a block's body is bracketed by these two (not a callback: a lambda in a switch
    // section makes the compiler allocate its closure on every call of the method, case or not).
    private SymbolTableEntry EnterBlock(SymbolTableEntry entry)
    {
        var saved = _current;
        _current = entry;
        return saved;
    }

    private void ExitBlock(SymbolTableEntry saved) => _current = saved;

    // symtable_add_def: every name is stored mangled.
    private void AddDef(string name, SymbolFlags flag, SourceSpan span) => AddDef(_current, name, flag, span);

    // symtable_add_def_helper, for any block of the stack (an assignment expression binds in an enclosing one).
    private void AddDef(SymbolTableEntry entry, string name, SymbolFlags flag, SourceSpan span)
    {
        string mangled = NameMangler.Mangle(entry.PrivateName, name);
        if ((flag & SymbolFlags.Param) != 0)
        {
            if ((entry.GetFlags(mangled) & SymbolFlags.Param) != 0)
                throw PyErrors.SyntaxError(ScopeMessages.Format(ScopeMessages.DuplicateArgument, name), _source, span);
            entry.VarNameParams.Add(mangled);
        }
        entry.AddFlags(mangled, flag);
        // A global declaration anywhere also marks the name DEF_GLOBAL in the module's own table
        // (symtable_add_def_helper updates st_global), so module code reads it as an explicit global.
        if ((flag & SymbolFlags.Global) != 0 && entry != _module) _module.AddFlags(mangled, SymbolFlags.Global);
    }

    private void VisitStatements(System.Collections.Immutable.ImmutableArray<Stmt> statements)
    {
        foreach (var statement in statements) VisitStatement(statement);
    }

    private void VisitStatement(Stmt statement)
    {
        switch (statement)
        {
            case FunctionDefStmt def:
                AddDef(def.Name, SymbolFlags.Local, def.Span);
                VisitDefaults(def.Args);
                VisitAnnotations(def.Args, def.Returns);
                VisitExpressions(def.DecoratorList);
                var function = Enter(def, ScopeKind.Function, def.Name, _current.PrivateName);
                function.IsCoroutine = def.IsAsync;
                var outer = EnterBlock(function);
                VisitParameters(def.Args);
                VisitStatements(def.Body);
                ExitBlock(outer);
                break;
            case ClassDefStmt cls:
                AddDef(cls.Name, SymbolFlags.Local, cls.Span);
                VisitExpressions(cls.Bases);
                foreach (var keyword in cls.Keywords) VisitExpression(keyword.Value);
                VisitExpressions(cls.DecoratorList);
                // The class body (and everything nested in it) mangles with this class's name.
                var body = Enter(cls, ScopeKind.Class, cls.Name, cls.Name);
                var enclosing = EnterBlock(body);
                VisitStatements(cls.Body);
                ExitBlock(enclosing);
                break;
            case ReturnStmt ret:
                VisitOptional(ret.Value);
                break;
            case DeleteStmt del:
                foreach (var target in del.Targets) VisitTarget(target);
                MarkNames(del.Targets, _current.ReadNames);
                MarkNames(del.Targets, _current.UnboundNames);
                break;
            case AssignStmt assign:
                foreach (var target in assign.Targets) VisitTarget(target);
                VisitExpression(assign.Value);
                break;
            case AugAssignStmt aug:
                // The target of x += 1 is a Store-context Name: DEF_LOCAL only, no USE.
                VisitTarget(aug.Target);
                MarkNames([aug.Target], _current.ReadNames);
                VisitExpression(aug.Value);
                break;
            case AnnAssignStmt annotated:
                // symtable.c, AnnAssign_kind: a simple name is bound here; a module or class body also
                // stores the annotation in __annotations__. The annotation is evaluated in this block
                // (no "from __future__ import annotations" here).
                if (annotated.Target is NameExpr annotatedName)
                {
                    var declared = _current.GetFlags(NameMangler.Mangle(_current.PrivateName, annotatedName.Id));
                    if ((declared & (SymbolFlags.Global | SymbolFlags.Nonlocal)) != 0 && _current != _module && annotated.Simple)
                    {
                        string kind = (declared & SymbolFlags.Global) != 0 ? "global" : "nonlocal";
                        throw PyErrors.SyntaxError($"annotated name '{annotatedName.Id}' can't be {kind}", _source, annotatedName.Span);
                    }
                    if (annotated.Simple || annotated.Value is not null) AddDef(annotatedName.Id, SymbolFlags.Local, annotatedName.Span);
                }
                else
                {
                    VisitExpression(annotated.Target);
                }
                // The body sets up __annotations__ and stores into it (SETUP_ANNOTATIONS, STORE_SUBSCR).
                if (!_current.IsFunctionBlock) AddDef("__annotations__", SymbolFlags.Local | SymbolFlags.Use, annotated.Span);
                VisitExpression(annotated.Annotation);
                VisitOptional(annotated.Value);
                break;
            case ImportStmt import:
                foreach (var alias in import.Names) AddImport(alias.AsName ?? alias.Name.Split('.')[0], alias.Span);
                break;
            case ImportFromStmt import:
                foreach (var alias in import.Names)
                {
                    if (alias.Name == "*")
                    {
                        if (_current != _module) throw PyErrors.SyntaxError(ScopeMessages.ImportStarNotAtModuleLevel, _source, import.Span);
                        continue;
                    }
                    AddImport(alias.AsName ?? alias.Name, alias.Span);
                }
                break;
            case WithStmt with:
                foreach (var item in with.Items)
                {
                    VisitExpression(item.ContextExpr);
                    if (item.OptionalVars is not null) VisitTarget(item.OptionalVars);
                }
                VisitStatements(with.Body);
                break;
            case MatchStmt match:
                VisitExpression(match.Subject);
                foreach (var matchCase in match.Cases)
                {
                    VisitPattern(matchCase.Pattern);
                    VisitOptional(matchCase.Guard);
                    VisitStatements(matchCase.Body);
                }
                break;
            case ForStmt loop:
                VisitTarget(loop.Target);
                VisitExpression(loop.Iter);
                VisitStatements(loop.Body);
                VisitStatements(loop.OrElse);
                break;
            case WhileStmt loop:
                VisitExpression(loop.Test);
                VisitStatements(loop.Body);
                VisitStatements(loop.OrElse);
                break;
            case IfStmt branch:
                VisitExpression(branch.Test);
                VisitStatements(branch.Body);
                VisitStatements(branch.OrElse);
                break;
            case RaiseStmt raise:
                VisitOptional(raise.Exc);
                VisitOptional(raise.Cause);
                break;
            case TryStmt attempt:
                // symtable.c visits body, orelse, handlers, finalbody in this order.
                VisitStatements(attempt.Body);
                VisitStatements(attempt.OrElse);
                foreach (var handler in attempt.Handlers)
                {
                    VisitOptional(handler.Type);
                    if (handler.Name is not null)
                    {
                        AddDef(handler.Name, SymbolFlags.Local, handler.Span);
                        _current.UnboundNames.Add(NameMangler.Mangle(_current.PrivateName, handler.Name));
                    }
                    VisitStatements(handler.Body);
                }
                VisitStatements(attempt.FinalBody);
                break;
            case AssertStmt assert:
                VisitExpression(assert.Test);
                VisitOptional(assert.Msg);
                break;
            case GlobalStmt global:
                foreach (var name in global.Names) Declare(name, SymbolFlags.Global, global.Span);
                break;
            case NonlocalStmt nonlocal:
                foreach (var name in nonlocal.Names) Declare(name, SymbolFlags.Nonlocal, nonlocal.Span);
                break;
            case ExprStmt expression:
                VisitExpression(expression.Value);
                break;
            case PassStmt or BreakStmt or ContinueStmt:
                break;
            default:
                throw new NotSupportedException($"Scope analysis does not know statement {statement.GetType().Name}.");
        }
    }

    // symtable_visit_stmt, Global_kind / Nonlocal_kind: the name must not already be a parameter,
    // used, or assigned in this block; the error spans the whole statement.
    private void Declare(string name, SymbolFlags flag, SourceSpan span)
    {
        bool global = flag == SymbolFlags.Global;
        var current = _current.GetFlags(NameMangler.Mangle(_current.PrivateName, name));
        string? message =
            (current & SymbolFlags.Param) != 0 ? (global ? ScopeMessages.GlobalParam : ScopeMessages.NonlocalParam)
            : (current & SymbolFlags.Use) != 0 ? (global ? ScopeMessages.GlobalAfterUse : ScopeMessages.NonlocalAfterUse)
            : (current & SymbolFlags.Local) != 0 ? (global ? ScopeMessages.GlobalAfterAssign : ScopeMessages.NonlocalAfterAssign)
            : null;
        if (message is not null) throw PyErrors.SyntaxError(ScopeMessages.Format(message, name), _source, span);
        AddDef(name, flag, span);
        _current.Directives.Add((NameMangler.Mangle(_current.PrivateName, name), span));
    }

    private void AddImport(string name, SourceSpan span) => AddDef(name, SymbolFlags.Local | SymbolFlags.Import, span);

    // symtable_visit_annotations: parameter and return annotations are evaluated where the def appears.
    private void VisitAnnotations(Arguments arguments, Expr? returns)
    {
        foreach (var arg in arguments.Args.Concat(arguments.KwOnlyArgs))
            VisitOptional(arg.Annotation);
        VisitOptional(arguments.VarArg?.Annotation);
        VisitOptional(arguments.KwArg?.Annotation);
        VisitOptional(returns);
    }

    // symtable_visit_pattern: captures bind names; values and class names are read.
    private void VisitPattern(Pattern pattern)
    {
        switch (pattern)
        {
            case MatchValuePattern value: VisitExpression(value.Value); break;
            case MatchSingletonPattern: break;
            case MatchSequencePattern sequence: foreach (var p in sequence.Patterns) VisitPattern(p); break;
            case MatchStarPattern star:
                if (star.Name is not null) AddDef(star.Name, SymbolFlags.Local, star.Span);
                break;
            case MatchAsPattern capture:
                if (capture.Pattern is not null) VisitPattern(capture.Pattern);
                if (capture.Name is not null) AddDef(capture.Name, SymbolFlags.Local, capture.Span);
                break;
            case MatchOrPattern or: foreach (var p in or.Patterns) VisitPattern(p); break;
            case MatchMappingPattern mapping:
                VisitExpressions(mapping.Keys);
                foreach (var p in mapping.Patterns) VisitPattern(p);
                if (mapping.Rest is not null) AddDef(mapping.Rest, SymbolFlags.Local, mapping.Span);
                break;
            case MatchClassPattern cls:
                VisitExpression(cls.Cls);
                foreach (var p in cls.Patterns) VisitPattern(p);
                foreach (var p in cls.KwdPatterns) VisitPattern(p);
                break;
        }
    }

    // Defaults and keyword-only defaults are evaluated where the def or lambda appears.
    private void VisitDefaults(Arguments arguments)
    {
        VisitExpressions(arguments.Defaults);
        foreach (var value in arguments.KwDefaults) VisitOptional(value);
    }

    // symtable_visit_arguments: positional, keyword-only, then *args and **kwargs.
    private void VisitParameters(Arguments arguments)
    {
        foreach (var arg in arguments.Args) AddDef(arg.Name, SymbolFlags.Param, arg.Span);
        foreach (var arg in arguments.KwOnlyArgs) AddDef(arg.Name, SymbolFlags.Param, arg.Span);
        if (arguments.VarArg is { } varArg) AddDef(varArg.Name, SymbolFlags.Param, varArg.Span);
        if (arguments.KwArg is { } kwArg) AddDef(kwArg.Name, SymbolFlags.Param, kwArg.Span);
        var mangle = (Arg a) => NameMangler.Mangle(_current.PrivateName, a.Name);
        _current.SourceParams.AddRange(arguments.Args.Select(mangle));
        if (arguments.VarArg is not null) _current.SourceParams.Add(mangle(arguments.VarArg));
        _current.SourceParams.AddRange(arguments.KwOnlyArgs.Select(mangle));
        if (arguments.KwArg is not null) _current.SourceParams.Add(mangle(arguments.KwArg));
    }

    private void VisitOptional(Expr? expression)
    {
        if (expression is not null) VisitExpression(expression);
    }

    private void VisitExpressions(IEnumerable<Expr> expressions)
    {
        foreach (var expression in expressions) VisitExpression(expression);
    }

    // The same for the tree's own arrays, without boxing them into an IEnumerable.
    private void VisitExpressions(System.Collections.Immutable.ImmutableArray<Expr> expressions)
    {
        foreach (var expression in expressions) VisitExpression(expression);
    }

    // A name in Store or Del context; attributes and subscripts only read their parts.
    private void VisitTarget(Expr target)
    {
        switch (target)
        {
            case NameExpr name: AddDef(name.Id, _comprehensionTarget ? SymbolFlags.Local | SymbolFlags.CompIter : SymbolFlags.Local, name.Span); break;
            case TupleExpr tuple: foreach (var element in tuple.Elts) VisitTarget(element); break;
            case ListExpr list: foreach (var element in list.Elts) VisitTarget(element); break;
            case StarredExpr starred: VisitTarget(starred.Value); break;
            default: VisitExpression(target); break;
        }
    }

    // Adds the names among targets to a set of the block's: `x += 1` and `del x` read x's binding
    // though CPython's symtable records no USE for them, and `del x` unbinds it.
    private void MarkNames(IEnumerable<Expr> targets, HashSet<string> names)
    {
        foreach (var target in targets)
        {
            switch (target)
            {
                case NameExpr name: names.Add(NameMangler.Mangle(_current.PrivateName, name.Id)); break;
                case TupleExpr tuple: MarkNames(tuple.Elts, names); break;
                case ListExpr list: MarkNames(list.Elts, names); break;
            }
        }
    }

    private void VisitExpression(Expr expression)
    {
        switch (expression)
        {
            case NameExpr name:
                AddDef(name.Id, SymbolFlags.Use, name.Span);
                _current.ReadNames.Add(NameMangler.Mangle(_current.PrivateName, name.Id));
                // A function that reads `super` implicitly uses __class__ (zero-argument super()).
                if (name.Id == "super" && _current.IsFunctionBlock) AddDef("__class__", SymbolFlags.Use, name.Span);
                break;
            case ConstantExpr: break;
            case BoolOpExpr op: VisitExpressions(op.Values); break;
            case BinOpExpr op: VisitExpression(op.Left); VisitExpression(op.Right); break;
            case UnaryOpExpr op: VisitExpression(op.Operand); break;
            case LambdaExpr lambda:
                VisitDefaults(lambda.Args);
                var block = Enter(lambda, ScopeKind.Lambda, "<lambda>", _current.PrivateName);
                var outer = EnterBlock(block);
                VisitParameters(lambda.Args);
                VisitExpression(lambda.Body);
                ExitBlock(outer);
                break;
            case IfExpExpr ifExp: VisitExpression(ifExp.Test); VisitExpression(ifExp.Body); VisitExpression(ifExp.OrElse); break;
            case DictExpr dict:
                foreach (var key in dict.Keys) VisitOptional(key);
                VisitExpressions(dict.Values);
                break;
            case SetExpr set: VisitExpressions(set.Elts); break;
            case ListExpr list: VisitExpressions(list.Elts); break;
            case TupleExpr tuple: VisitExpressions(tuple.Elts); break;
            case ListCompExpr comp: VisitComprehension(comp, "<listcomp>", comp.Generators, comp.Elt, null); break;
            case SetCompExpr comp: VisitComprehension(comp, "<setcomp>", comp.Generators, comp.Elt, null); break;
            case DictCompExpr comp: VisitComprehension(comp, "<dictcomp>", comp.Generators, comp.Key, comp.Value); break;
            case GeneratorExpExpr comp: VisitComprehension(comp, "<genexpr>", comp.Generators, comp.Elt, null); break;
            case CompareExpr compare: VisitExpression(compare.Left); VisitExpressions(compare.Comparators); break;
            case CallExpr call:
                VisitExpression(call.Func);
                VisitExpressions(call.Args);
                foreach (var keyword in call.Keywords) VisitExpression(keyword.Value);
                break;
            case FormattedValueExpr formatted: VisitExpression(formatted.Value); VisitOptional(formatted.FormatSpec); break;
            case JoinedStrExpr joined: VisitExpressions(joined.Values); break;
            case AttributeExpr attribute: VisitExpression(attribute.Value); break;
            case SubscriptExpr subscript: VisitExpression(subscript.Value); VisitExpression(subscript.Slice); break;
            case StarredExpr starred: VisitExpression(starred.Value); break;
            case SliceExpr slice: VisitOptional(slice.Lower); VisitOptional(slice.Upper); VisitOptional(slice.Step); break;
            case NamedExpr named:
                if (_comprehensionIterable > 0) throw PyErrors.SyntaxError(ScopeMessages.NamedExprInComprehensionIterable, _source, named.Span);
                if (_current.Kind == ScopeKind.Comprehension) ExtendNamedExprScope(named.Target);
                VisitExpression(named.Value);
                VisitTarget(named.Target);
                break;
            case YieldExpr or YieldFromExpr:
                if (_current.Kind == ScopeKind.Comprehension)
                    throw PyErrors.SyntaxError(ScopeMessages.Format(ScopeMessages.YieldInsideComprehension, ComprehensionKind(_current)), _source, expression.Span);
                _current.IsGenerator = true;
                VisitOptional(expression is YieldExpr y ? y.Value : ((YieldFromExpr)expression).Value);
                break;
            case AwaitExpr awaited:
                if (_current.Kind == ScopeKind.Comprehension) _current.IsCoroutine = true;
                VisitExpression(awaited.Value);
                break;
            default:
                throw new NotSupportedException($"Scope analysis does not know expression {expression.GetType().Name}.");
        }
    }

    // symtable_extend_namedexpr_scope: an assignment expression in a comprehension binds its name in
    // the nearest enclosing function (as nonlocal from the comprehension) or module (as global);
    // comprehensions on the way must not use the name as an iteration variable; a class body refuses it.
    private void ExtendNamedExprScope(NameExpr target)
    {
        string mangled = NameMangler.Mangle(_current.PrivateName, target.Id);
        for (var entry = _current; entry is not null; entry = entry.Parent)
        {
            switch (entry.Kind)
            {
                case ScopeKind.Comprehension:
                    if ((entry.GetFlags(mangled) & SymbolFlags.CompIter) != 0)
                        throw PyErrors.SyntaxError(ScopeMessages.Format(ScopeMessages.NamedExprRebindsIterationVariable, target.Id), _source, target.Span);
                    continue;
                case ScopeKind.Function or ScopeKind.Lambda:
                    bool global = (entry.GetFlags(mangled) & SymbolFlags.Global) != 0;
                    AddDef(target.Id, global ? SymbolFlags.Global : SymbolFlags.Nonlocal, target.Span);
                    _current.Directives.Add((mangled, target.Span));
                    AddDef(entry, target.Id, SymbolFlags.Local, target.Span);
                    return;
                case ScopeKind.Module:
                    AddDef(target.Id, SymbolFlags.Global, target.Span);
                    _current.Directives.Add((mangled, target.Span));
                    AddDef(entry, target.Id, SymbolFlags.Global, target.Span);
                    return;
                case ScopeKind.Class:
                    throw PyErrors.SyntaxError(ScopeMessages.NamedExprInClassComprehension, _source, target.Span);
            }
        }
    }

    private static string ComprehensionKind(SymbolTableEntry entry) => entry.Name switch
    {
        "<listcomp>" => "list comprehension",
        "<setcomp>" => "set comprehension",
        "<dictcomp>" => "dict comprehension",
        _ => "generator expression",
    };

    // symtable_handle_comprehension: the outermost iterable belongs to the enclosing block, the
    // rest to the comprehension's own function block, whose only parameter is ".0". A dict
    // comprehension visits its value before its key.
    private void VisitComprehension(Expr node, string name, IReadOnlyList<Comprehension> generators, Expr element, Expr? value)
    {
        var outermost = generators[0];
        _comprehensionIterable++;
        VisitExpression(outermost.Iter);
        _comprehensionIterable--;
        var block = Enter(node, ScopeKind.Comprehension, name, _current.PrivateName);
        block.IsCoroutine = generators.Any(g => g.IsAsync);
        var outer = EnterBlock(block);
        AddDef(".0", SymbolFlags.Param, node.Span);
        _current.SourceParams.Add(".0");
        VisitComprehensionTarget(outermost.Target);
        VisitExpressions(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var generator = generators[i];
            VisitComprehensionTarget(generator.Target);
            _comprehensionIterable++;
            VisitExpression(generator.Iter);
            _comprehensionIterable--;
            VisitExpressions(generator.Ifs);
        }
        VisitOptional(value);
        VisitExpression(element);
        ExitBlock(outer);
    }

    private void VisitComprehensionTarget(Expr target)
    {
        _comprehensionTarget = true;
        VisitTarget(target);
        _comprehensionTarget = false;
    }
}
