using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>def name(args): body</c> with its decorators, outermost first (CPython <c>ast.FunctionDef</c>).</summary>
public sealed record FunctionDefStmt(string Name, Arguments Args, ImmutableArray<Stmt> Body, ImmutableArray<Expr> DecoratorList, SourceSpan Span) : Stmt(Span);
