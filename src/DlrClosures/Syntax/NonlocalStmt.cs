using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>nonlocal a, b</c> (CPython <c>ast.Nonlocal</c>).</summary>
internal sealed record NonlocalStmt(ImmutableArray<string> Names, SourceSpan Span) : Stmt(Span);
