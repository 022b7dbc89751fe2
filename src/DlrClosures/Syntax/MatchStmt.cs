using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>match subject:</c> and its <c>case</c> blocks (CPython <c>ast.Match</c>).</summary>
internal sealed record MatchStmt(Expr Subject, ImmutableArray<MatchCase> Cases, SourceSpan Span) : Stmt(Span);
