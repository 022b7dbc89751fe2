using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>if test: body</c> with <c>elif</c> as a nested IfStmt in <c>OrElse</c> (CPython <c>ast.If</c>).</summary>
internal sealed record IfStmt(Expr Test, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse, SourceSpan Span) : Stmt(Span);
