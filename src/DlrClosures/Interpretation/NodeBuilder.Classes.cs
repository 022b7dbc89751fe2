using DlrClosures.Scoping;
using DlrClosures.Syntax;

namespace DlrClosures.Interpretation;

// class statements: the body is built inline into the enclosing code, with a storage whose names
// are entries of the namespace dict (kept in a frame slot), and whose free variables are the
// enclosing code's boxes; methods are ordinary defs whose closures reach past the class.
internal sealed partial class NodeBuilder
{
    private ExecStmt BuildClassDef(ClassDefStmt classDef)
    {
        var scope = _scopes.GetScope(classDef);
        if (!classDef.Keywords.IsDefaultOrEmpty)
            throw Unsupported(classDef, BackEndMessages.ClassKeywordsNotSupported);
        if (scope.NeedsClassClosure)
            throw Unsupported(classDef, BackEndMessages.ClassCellNotSupported);

        return Decorated(classDef.DecoratorList, classDef.Name, () => BuildClassObject(classDef, scope));
    }

    private ExecExpr BuildClassObject(ClassDefStmt classDef, Scope scope)
    {
        var bases = classDef.Bases.Select(BuildExpression).ToArray();
        int namespaceSlot = _layout.NewLocal();
        var enclosing = _storage;
        var storage = new ScopeStorage(scope, enclosing, _layout, namespaceSlot);
        storage.Declare(new Dictionary<string, int>());
        _storage = storage;
        ExecStmt body;
        try
        {
            body = BuildStatements(classDef.Body);
        }
        finally
        {
            _storage = enclosing;
        }
        return new ClassNode(classDef.Name, scope.QualifiedName, Docstrings.Of(classDef.Body), bases, namespaceSlot, body);
    }
}
