using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>continue</c>.</summary>
internal sealed record ContinueStmt(SourceSpan Span) : Stmt(Span);
