using System.Collections.Immutable;

namespace DlrClosures.Syntax;

/// <summary><c>global a, b</c> (CPython <c>ast.Global</c>).</summary>
public sealed record GlobalStmt(ImmutableArray<string> Names, SourceSpan Span) : Stmt(Span);
