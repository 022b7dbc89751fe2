using System.Collections.Immutable;

namespace DlrClosures.Syntax;

/// <summary><c>del a, b[i], c.d</c> (CPython <c>ast.Delete</c>).</summary>
public sealed record DeleteStmt(ImmutableArray<Expr> Targets, SourceSpan Span) : Stmt(Span);
