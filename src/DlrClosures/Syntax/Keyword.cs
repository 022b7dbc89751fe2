using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A keyword argument <c>name=value</c>, or <c>**value</c> when <c>Arg</c> is null (CPython <c>ast.keyword</c>).</summary>
internal sealed record Keyword(string? Arg, Expr Value, SourceSpan Span) : SyntaxNode(Span);
