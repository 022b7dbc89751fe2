using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary>One name of an import: <c>a.b.c</c> or <c>a.b.c as d</c>; <c>*</c> in <c>from m import *</c> (CPython <c>ast.alias</c>).</summary>
internal sealed record Alias(string Name, string? AsName, SourceSpan Span) : SyntaxNode(Span);
