using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>pass</c>.</summary>
internal sealed record PassStmt(SourceSpan Span) : Stmt(Span);
