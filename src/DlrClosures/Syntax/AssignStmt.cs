using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>t1 = t2 = value</c>; targets left to right (CPython <c>ast.Assign</c>).</summary>
internal sealed record AssignStmt(ImmutableArray<Expr> Targets, Expr Value, SourceSpan Span) : Stmt(Span);
