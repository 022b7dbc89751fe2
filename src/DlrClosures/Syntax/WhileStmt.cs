using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>while test: body else: orElse</c> (CPython <c>ast.While</c>).</summary>
internal sealed record WhileStmt(Expr Test, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse, SourceSpan Span) : Stmt(Span);
