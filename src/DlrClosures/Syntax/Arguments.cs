using System.Collections.Immutable;
using DlrClosures.Text;

namespace DlrClosures.Syntax;

/// <summary>A parameter list (CPython <c>ast.arguments</c>). <c>Defaults</c> belong to the last <c>Defaults.Length</c> entries of <c>Args</c>; <c>KwDefaults[i]</c> is null when keyword-only parameter i has no default.</summary>
internal sealed record Arguments(ImmutableArray<Arg> Args, Arg? VarArg, ImmutableArray<Arg> KwOnlyArgs, ImmutableArray<Expr?> KwDefaults, Arg? KwArg, ImmutableArray<Expr> Defaults, SourceSpan Span) : SyntaxNode(Span);
