using System.Collections.Immutable;

namespace DlrClosures.Syntax;

/// <summary><c>nonlocal a, b</c> (CPython <c>ast.Nonlocal</c>).</summary>
public sealed record NonlocalStmt(ImmutableArray<string> Names, SourceSpan Span) : Stmt(Span);
