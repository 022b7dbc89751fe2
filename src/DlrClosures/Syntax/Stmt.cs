using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A statement (CPython <c>ast.stmt</c>).</summary>
internal abstract record Stmt(SourceSpan Span) : SyntaxNode(Span);
