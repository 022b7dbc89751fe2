using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>(elt for ...)</c> (CPython <c>ast.GeneratorExp</c>).</summary>
internal sealed record GeneratorExpExpr(Expr Elt, ImmutableArray<Comprehension> Generators, SourceSpan Span) : Expr(Span);
