using DlrClosures.Text;
namespace DlrClosures.Syntax;

/// <summary><c>value[slice]</c>; <c>slice</c> is a <see cref="SliceExpr"/> for <c>a:b:c</c> and a <see cref="TupleExpr"/> for <c>a, b</c> (CPython <c>ast.Subscript</c>).</summary>
internal sealed record SubscriptExpr(Expr Value, Expr Slice, SourceSpan Span) : Expr(Span);
