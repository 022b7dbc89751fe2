using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>pass</c>.</summary>
public sealed record PassStmt(SourceSpan Span) : Stmt(Span);
