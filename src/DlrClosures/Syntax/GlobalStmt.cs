using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>global a, b</c> (CPython <c>ast.Global</c>).</summary>
internal sealed record GlobalStmt(ImmutableArray<string> Names, SourceSpan Span) : Stmt(Span);
