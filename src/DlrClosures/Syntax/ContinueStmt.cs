using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>continue</c>.</summary>
public sealed record ContinueStmt(SourceSpan Span) : Stmt(Span);
