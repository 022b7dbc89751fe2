using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary><c>class name(bases): body</c> (CPython <c>ast.ClassDef</c>).</summary>
internal sealed record ClassDefStmt(string Name, ImmutableArray<Expr> Bases, ImmutableArray<Keyword> Keywords, ImmutableArray<Stmt> Body, ImmutableArray<Expr> DecoratorList, SourceSpan Span) : Stmt(Span);
