using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>A pattern of a <c>case</c> clause (CPython <c>ast.pattern</c>).</summary>
internal abstract record Pattern(SourceSpan Span) : SyntaxNode(Span);

/// <summary>A literal or a dotted name compared with <c>==</c>: <c>1</c>, <c>-1.5</c>, <c>1+2j</c>, <c>"s"</c>, <c>Color.RED</c> (CPython <c>ast.MatchValue</c>).</summary>
internal sealed record MatchValuePattern(Expr Value, SourceSpan Span) : Pattern(Span);

/// <summary><c>None</c>, <c>True</c> or <c>False</c>, compared with <c>is</c> (CPython <c>ast.MatchSingleton</c>).</summary>
internal sealed record MatchSingletonPattern(object Value, SourceSpan Span) : Pattern(Span);

/// <summary><c>[p, *rest]</c> or <c>(p, q)</c> or <c>p, q</c> (CPython <c>ast.MatchSequence</c>).</summary>
internal sealed record MatchSequencePattern(ImmutableArray<Pattern> Patterns, SourceSpan Span) : Pattern(Span);

/// <summary><c>{key: p, **rest}</c>; <c>Rest</c> is null without <c>**</c> (CPython <c>ast.MatchMapping</c>).</summary>
internal sealed record MatchMappingPattern(ImmutableArray<Expr> Keys, ImmutableArray<Pattern> Patterns, string? Rest, SourceSpan Span) : Pattern(Span);

/// <summary><c>Cls(p, q, attr=r)</c> (CPython <c>ast.MatchClass</c>).</summary>
internal sealed record MatchClassPattern(Expr Cls, ImmutableArray<Pattern> Patterns, ImmutableArray<string> KwdAttrs, ImmutableArray<Pattern> KwdPatterns, SourceSpan Span) : Pattern(Span);

/// <summary><c>*name</c> or <c>*_</c> (null <c>Name</c>) inside a sequence pattern (CPython <c>ast.MatchStar</c>).</summary>
internal sealed record MatchStarPattern(string? Name, SourceSpan Span) : Pattern(Span);

/// <summary>
/// <c>p as name</c>; a bare capture <c>name</c> (null <c>Pattern</c>); the wildcard <c>_</c> (both null)
/// (CPython <c>ast.MatchAs</c>).
/// </summary>
internal sealed record MatchAsPattern(Pattern? Pattern, string? Name, SourceSpan Span) : Pattern(Span);

/// <summary><c>p | q | r</c> (CPython <c>ast.MatchOr</c>).</summary>
internal sealed record MatchOrPattern(ImmutableArray<Pattern> Patterns, SourceSpan Span) : Pattern(Span);
