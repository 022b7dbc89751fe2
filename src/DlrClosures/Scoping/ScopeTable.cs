using DlrClosures.Syntax;

namespace DlrClosures.Scoping;

/// <summary>The result of <see cref="ScopeAnalyzer.Analyze"/>: every block's <see cref="Scope"/>, keyed by the node that opens it.</summary>
internal sealed class ScopeTable
{
    private readonly IReadOnlyDictionary<SyntaxNode, Scope> _scopes;

    internal ScopeTable(Scope module, IReadOnlyDictionary<SyntaxNode, Scope> scopes)
    {
        Module = module;
        _scopes = scopes;
    }

    public Scope Module { get; }

    /// <summary>The scope opened by a ModuleNode, FunctionDefStmt, ClassDefStmt, LambdaExpr, ListCompExpr, SetCompExpr, DictCompExpr or GeneratorExpExpr of the analyzed module.</summary>
    public Scope GetScope(SyntaxNode node) =>
        _scopes.TryGetValue(node, out var scope)
            ? scope
            : throw new ArgumentException($"{node.GetType().Name} at line {node.Span.Line} opens no scope of this module.", nameof(node));
}
