using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>An <c>except [Type [as name]]:</c> clause (CPython <c>ast.ExceptHandler</c>).</summary>
internal sealed record ExceptHandler(Expr? Type, string? Name, ImmutableArray<Stmt> Body, SourceSpan Span) : SyntaxNode(Span);
