using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>
/// <c>from ..a.b import c as d, e</c> (CPython <c>ast.ImportFrom</c>): <c>Module</c> is null for
/// <c>from . import x</c>; <c>Level</c> counts the leading dots (0 for an absolute import).
/// </summary>
internal sealed record ImportFromStmt(string? Module, ImmutableArray<Alias> Names, int Level, SourceSpan Span) : Stmt(Span);
