using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>break</c>.</summary>
public sealed record BreakStmt(SourceSpan Span) : Stmt(Span);
