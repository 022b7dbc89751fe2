using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>A whole file or code string (CPython <c>ast.Module</c>).</summary>
internal sealed record ModuleNode(ImmutableArray<Stmt> Body, SourceText Source, SourceSpan Span) : SyntaxNode(Span);
