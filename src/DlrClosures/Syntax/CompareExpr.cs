using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>A comparison chain <c>a &lt; b &lt;= c</c> (CPython <c>ast.Compare</c>).</summary>
internal sealed record CompareExpr(Expr Left, ImmutableArray<CompareOperator> Ops, ImmutableArray<Expr> Comparators, SourceSpan Span) : Expr(Span);
