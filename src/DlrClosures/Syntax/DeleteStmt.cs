using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>del a, b[i], c.d</c> (CPython <c>ast.Delete</c>).</summary>
internal sealed record DeleteStmt(ImmutableArray<Expr> Targets, SourceSpan Span) : Stmt(Span);
