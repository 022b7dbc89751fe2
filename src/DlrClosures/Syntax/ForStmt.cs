using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>for target in iter: body else: orElse</c> (CPython <c>ast.For</c>).</summary>
public sealed record ForStmt(Expr Target, Expr Iter, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse, SourceSpan Span) : Stmt(Span);
