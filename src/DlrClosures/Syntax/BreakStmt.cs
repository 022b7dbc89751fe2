using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>break</c>.</summary>
internal sealed record BreakStmt(SourceSpan Span) : Stmt(Span);
