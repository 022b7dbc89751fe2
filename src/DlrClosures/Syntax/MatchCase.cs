using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>case pattern [if guard]: body</c> (CPython <c>ast.match_case</c>).</summary>
internal sealed record MatchCase(Pattern Pattern, Expr? Guard, ImmutableArray<Stmt> Body, SourceSpan Span) : SyntaxNode(Span);
