using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>import a.b as c, d</c> (CPython <c>ast.Import</c>).</summary>
internal sealed record ImportStmt(ImmutableArray<Alias> Names, SourceSpan Span) : Stmt(Span);
