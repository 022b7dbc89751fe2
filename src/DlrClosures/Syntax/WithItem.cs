using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>One <c>expr [as target]</c> of a <c>with</c> statement (CPython <c>ast.withitem</c>).</summary>
internal sealed record WithItem(Expr ContextExpr, Expr? OptionalVars, SourceSpan Span) : SyntaxNode(Span);
