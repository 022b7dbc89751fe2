using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>A statement (CPython <c>ast.stmt</c>).</summary>
public abstract record Stmt(SourceSpan Span) : SyntaxNode(Span);
