using System.Collections.Immutable;
using DlrClosures.Scoping;
using DlrClosures.Syntax;

namespace DlrClosures.Binding;

// Statements: blocks with their lines, control flow, expression statements, return, del, assert.
internal sealed partial class Binder
{
    /// <summary>
    /// A block of source statements, each recording its line before it runs. A statement's
    /// temporaries are free again once it is bound (<see cref="FrameBuilder.NewTemp"/>).
    /// </summary>
    private BoundBlock BindStatements(ImmutableArray<Stmt> statements)
    {
        if (statements.IsDefaultOrEmpty) return BoundBlock.Empty;
        var bound = ImmutableArray.CreateBuilder<BoundStmt>(statements.Length);
        var lines = ImmutableArray.CreateBuilder<int>(statements.Length);
        foreach (var statement in statements)
        {
            int mark = Frame.TempMark;
            // In a generator, the yields inside the statement's own expressions are spilled ahead of it.
            var enclosingSpill = _spill;
            _spill = _code.IsGenerator ? [] : null;
            // pass, global and nonlocal do nothing at run time (the scope pass has used the declarations).
            var result = BindStatement(statement);
            if (_spill is { Count: > 0 } spilled)
            {
                if (result is not null) spilled.Add(result);
                result = Unlined(spilled, statement);
            }
            _spill = enclosingSpill;
            if (result is not null)
            {
                bound.Add(result);
                lines.Add(statement.Span.Line);
            }
            Frame.ReleaseTemps(mark);
        }
        return new BoundBlock(bound.ToImmutable(), lines.ToImmutable(), Text.SourceSpan.Cover(statements[0].Span, statements[^1].Span));
    }

    private BoundStmt? BindStatement(Stmt statement) => statement switch
    {
        ExprStmt { Value: YieldExpr or YieldFromExpr } s when _code.IsGenerator => BindYieldStatement(s.Value, null),
        ExprStmt s => _mode == CompileMode.Interactive && _context.IsModule
            ? new BoundPrintExpression(BindExpression(s.Value), s.Span)
            : new BoundExpressionStatement(BindExpression(s.Value), s.Span),
        AssignStmt s => BindAssign(s),
        AugAssignStmt s => BindAugAssign(s),
        FunctionDefStmt s => BindFunctionDef(s),
        ClassDefStmt s => BindClassDef(s),
        ReturnStmt s => BindReturn(s),
        IfStmt s => BindIf(s),
        WhileStmt s => BindWhile(s),
        ForStmt { IsAsync: false } s => BindFor(s),
        BreakStmt s => new BoundBreak(FinallyClausesToLoop(s, BindingMessages.BreakOutsideLoop), s.Span),
        ContinueStmt s => new BoundContinue(FinallyClausesToLoop(s, BindingMessages.ContinueNotInLoop), s.Span),
        TryStmt { IsStar: true } => throw Error(statement, BindingMessages.NotSupported(statement)),
        TryStmt s => BindTry(s),
        RaiseStmt s => BindRaise(s),
        WithStmt { IsAsync: false } s => BindWith(s),
        DeleteStmt s => BindDelete(s),
        AssertStmt s => new BoundAssert(BindCondition(s.Test), s.Msg is null ? null : BindExpression(s.Msg), s.Span),
        AnnAssignStmt s => BindAnnAssign(s),
        ImportStmt s => BindImport(s),
        ImportFromStmt s => BindImportFrom(s),
        PassStmt or GlobalStmt or NonlocalStmt => null,
        ForStmt { IsAsync: true } or WithStmt { IsAsync: true } => throw Error(statement, BindingMessages.OutsideAsyncFunction(statement)),
        _ => throw Error(statement, BindingMessages.NotSupported(statement)),
    };

    /// <summary>
    /// <c>target: annotation [= value]</c> as compile.c's <c>compiler_annassign</c> lowers it: the
    /// assignment first; then, for a simple name in a module or class body, the annotation is stored
    /// in <c>__annotations__</c>; a complex target's parts and its annotation are evaluated there and
    /// dropped. In a function only the assignment runs (annotations of locals are not evaluated).
    /// </summary>
    private BoundStmt? BindAnnAssign(AnnAssignStmt statement)
    {
        var parts = new List<BoundStmt>();
        if (statement.Value is not null) parts.Add(BindAssign(new AssignStmt([statement.Target], statement.Value, statement.Span)));
        bool namespaceBody = _context.IsModule || _context.Scope.Kind == ScopeKind.Class;
        if (statement.Target is NameExpr name)
        {
            if (statement.Simple && namespaceBody)
            {
                var key = new ConstantExpr(_context.Mangle(name.Id), name.Span);
                var annotations = new NameExpr("__annotations__", statement.Span);
                parts.Add(new BoundAssign(BindAnnotation(statement.Annotation), [BindTarget(new SubscriptExpr(annotations, key, statement.Span))], statement.Span));
            }
        }
        else if (statement.Value is null)
        {
            // check_ann_expr: the object (and the index) of a complex target are evaluated.
            if (statement.Target is AttributeExpr attribute) parts.Add(Evaluate(attribute.Value));
            if (statement.Target is SubscriptExpr subscript)
            {
                parts.Add(Evaluate(subscript.Value));
                parts.Add(new BoundExpressionStatement(BindIndex(subscript.Slice), subscript.Slice.Span));
            }
        }
        if (!statement.Simple && namespaceBody && !_stringAnnotations) parts.Add(Evaluate(statement.Annotation));
        return parts.Count switch { 0 => null, 1 => parts[0], _ => Unlined(parts, statement) };
    }

    private BoundExpressionStatement Evaluate(Expr expression) => new(BindExpression(expression), expression.Span);

    /// <summary>
    /// compile.c's SETUP_ANNOTATIONS: a module or class body with an annotated assignment anywhere in
    /// its own statements (not in nested defs or classes) starts with an empty <c>__annotations__</c>.
    /// </summary>
    private BoundStmt? SetupAnnotations(ImmutableArray<Stmt> body, Text.SourceSpan span) =>
        ContainsAnnotation(body)
            ? new BoundAssign(new BoundDictDisplay([], [], span), [NameTarget("__annotations__", span)], span)
            : null;

    private static bool ContainsAnnotation(ImmutableArray<Stmt> body) => body.Any(statement => statement switch
    {
        AnnAssignStmt => true,
        IfStmt s => ContainsAnnotation(s.Body) || ContainsAnnotation(s.OrElse),
        WhileStmt s => ContainsAnnotation(s.Body) || ContainsAnnotation(s.OrElse),
        ForStmt s => ContainsAnnotation(s.Body) || ContainsAnnotation(s.OrElse),
        WithStmt s => ContainsAnnotation(s.Body),
        TryStmt s => ContainsAnnotation(s.Body) || s.Handlers.Any(h => ContainsAnnotation(h.Body))
            || ContainsAnnotation(s.OrElse) || ContainsAnnotation(s.FinalBody),
        MatchStmt s => s.Cases.Any(c => ContainsAnnotation(c.Body)),
        _ => false,
    });

    // compiler_return: only inside a function (a class body is not one, even inside a def).
    private BoundReturn BindReturn(ReturnStmt statement)
    {
        if (!_code.InFunction) throw Error(statement, BindingMessages.ReturnOutsideFunction);
        return new BoundReturn(statement.Value is null ? None(statement) : BindExpression(statement.Value), _code.FinallyDepth, statement.Span);
    }

    // compiler_break, compiler_continue: only inside a loop of the same code object; the jump
    // crosses the finally clauses between it and the loop.
    private int FinallyClausesToLoop(Stmt statement, string outsideLoop) =>
        _code.Loops.Count == 0 ? throw Error(statement, outsideLoop) : _code.FinallyDepth - _code.Loops.Peek();

    // Condition, then body, then else (compiler_if).
    private BoundIf BindIf(IfStmt statement)
    {
        var condition = BindCondition(statement.Test);
        var then = BindStatements(statement.Body);
        return new BoundIf(condition, then, BindStatements(statement.OrElse), statement.Span);
    }

    private BoundWhile BindWhile(WhileStmt statement)
    {
        var condition = Conditionally(() => BindCondition(statement.Test));
        var body = BindLoopBody(statement.Body);
        return new BoundWhile(condition, body, BindStatements(statement.OrElse), statement.Span.Line, LoopCheckpoint, statement.Span);
    }

    // Iterable, target, body, else (compiler_for). A function-local target the function never
    // reads (`for _ in range(n)`) is a dead store: the loop only advances the iterator.
    private BoundFor BindFor(ForStmt statement)
    {
        var iterable = BindExpression(statement.Iter);
        bool deadTarget = statement.Target is NameExpr name && _context.Scope.Kind == ScopeKind.Function
            && _context.Lookup(name.Id) == BindingKind.Local && !_context.Scope.IsRead(name.Id);
        var target = deadTarget ? null : BindTarget(statement.Target);
        var body = BindLoopBody(statement.Body);
        return new BoundFor(iterable, target, body, BindStatements(statement.OrElse), statement.Span.Line, LoopCheckpoint, statement.Span)
        {
            ClosesIterator = OwnsIterable(statement.Iter),
        };
    }

    private BoundBlock BindLoopBody(ImmutableArray<Stmt> body)
    {
        _code.Loops.Push(_code.FinallyDepth);
        _code.HasLoops = true;
        try
        {
            return BindStatements(body);
        }
        finally
        {
            _code.Loops.Pop();
        }
    }

    // del a, b[i], c.d: each target in order; a tuple or list target deletes its elements.
    private BoundStmt BindDelete(DeleteStmt statement)
    {
        var deletes = new List<BoundStmt>();
        foreach (var target in statement.Targets) BindDeleteTarget(target, deletes);
        return deletes.Count == 1 ? deletes[0] : Unlined(deletes, statement);
    }

    private void BindDeleteTarget(Expr target, List<BoundStmt> deletes)
    {
        switch (target)
        {
            case NameExpr name:
                deletes.Add(new BoundDeleteName(StoreStorage(name.Id), name.Span));
                break;
            case SubscriptExpr subscript:
                var container = BindExpression(subscript.Value);
                deletes.Add(new BoundDeleteItem(container, BindIndex(subscript.Slice), subscript.Span));
                break;
            case AttributeExpr attribute:
                deletes.Add(new BoundDeleteAttribute(BindExpression(attribute.Value), _context.Mangle(attribute.Attr), attribute.Span));
                break;
            case TupleExpr tuple:
                foreach (var element in tuple.Elts) BindDeleteTarget(element, deletes);
                break;
            case ListExpr list:
                foreach (var element in list.Elts) BindDeleteTarget(element, deletes);
                break;
            default:
                throw Error(target, BindingMessages.CannotDelete);
        }
    }

    /// <summary>Statements the binder made out of one source statement: they record no line of their own.</summary>
    private static BoundBlock Unlined(IReadOnlyCollection<BoundStmt> statements, SyntaxNode node) =>
        new([.. statements], [.. Enumerable.Repeat(0, statements.Count)], node.Span);

    private static BoundConstant None(SyntaxNode node) => new(Runtime.PyNone.Instance, node.Span);
}
