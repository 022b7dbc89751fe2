using System.Collections.Immutable;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Imports;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Binding;

// Import statements: lowered to calls of the import operations (Runtime.Imports.PyImport) with the
// running module's namespace, and stores of their results; future statements.
internal sealed partial class Binder
{
    /// <summary>
    /// <c>import a.b.c</c> binds <c>a</c> to the top package; <c>import a.b.c as d</c> binds <c>d</c>
    /// to <c>a.b.c</c> (compiler_import). One store per name, in order, so a failing second name
    /// leaves the first bound, as in CPython.
    /// </summary>
    private BoundStmt BindImport(ImportStmt statement)
    {
        var parts = new List<BoundStmt>();
        foreach (var alias in statement.Names)
        {
            var value = alias.AsName is null ? ImportCall(PyImport.Name, alias.Span, Constant(alias.Name, alias))
                : ImportCall(PyImport.As, alias.Span, Constant(alias.Name, alias));
            var target = alias.AsName ?? alias.Name.Split('.')[0];
            parts.Add(new BoundAssign(value, [NameTarget(target, alias.Span)], alias.Span));
        }
        return parts.Count == 1 ? parts[0] : Unlined(parts, statement);
    }

    /// <summary>
    /// <c>from m import x, y as z</c> (compiler_from_import): the module with its from-list, into a
    /// temporary; then each name read from it (IMPORT_FROM) and stored; <c>*</c> copies the public names.
    /// </summary>
    private BoundStmt? BindImportFrom(ImportFromStmt statement)
    {
        if (statement is { Level: 0, Module: "__future__" }) return BindFuture(statement);
        var names = statement.Names.Select(alias => (object)alias.Name).ToArray();
        var module = ImportCall(PyImport.From, statement.Span, Constant(statement.Module ?? "", statement),
            Constant(PyInt.Box(statement.Level), statement), Constant(new PyTuple(names), statement));
        if (statement.Names is [{ Name: "*" }])
            return new BoundExpressionStatement(ImportCall(PyImport.Star, statement.Span, module), statement.Span);
        var (temp, load) = Temp(statement.Span);
        var parts = new List<BoundStmt> { new BoundAssign(module, [temp], statement.Span) };
        foreach (var alias in statement.Names)
        {
            var value = ImportCall(PyImport.FromName, alias.Span, load, Constant(alias.Name, alias));
            parts.Add(new BoundAssign(value, [NameTarget(alias.AsName ?? alias.Name, alias.Span)], alias.Span));
        }
        return Unlined(parts, statement);
    }

    // A call of an import operation: the running code's module namespace first, then the arguments.
    private static BoundCall ImportCall(PyBuiltinFunction operation, SourceSpan span, params BoundExpr[] arguments) =>
        new(new BoundConstant(operation, span), [new BoundFrameGlobals(span), .. arguments], [], Positional: arguments.Length + 1 <= Runtime.Functions.PyCode.MaxFastArity, span);

    private static BoundConstant Constant(object value, SyntaxNode node) => new(value, node.Span);

    // Python/future.c: the features 3.11 knows; all but annotations are on already.
    private static readonly ImmutableHashSet<string> s_futureFeatures =
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ];

    /// <summary>
    /// A future statement (future.c future_check_features, future_parse): accepted only in the
    /// future block at the start of the module; <c>annotations</c> turns annotations into strings,
    /// the others are on in 3.11 already. It binds nothing at run time here (CPython binds the name
    /// to a <c>__future__._Feature</c>, which no program reads).
    /// </summary>
    private BoundStmt? BindFuture(ImportFromStmt statement)
    {
        if (!_futureBlock.Contains(statement))
            throw Error(statement, "from __future__ imports must occur at the beginning of the file");
        return null;
    }

    // The future statements at the start of the module, and whether `annotations` is among them.
    private readonly HashSet<ImportFromStmt> _futureBlock = new(ReferenceEqualityComparer.Instance);
    private bool _stringAnnotations;

    // future_parse: after an optional docstring, the leading `from __future__ import` statements.
    private void ReadFutureBlock(ModuleNode module)
    {
        var body = module.Body;
        int i = Docstrings.Of(body) is null ? 0 : 1;
        for (; i < body.Length && body[i] is ImportFromStmt { Level: 0, Module: "__future__" } future; i++)
        {
            foreach (var alias in future.Names)
            {
                if (alias.Name == "braces") throw Error(alias, "not a chance");
                if (!s_futureFeatures.Contains(alias.Name)) throw Error(alias, $"future feature {alias.Name} is not defined");
                if (alias.Name == "annotations") _stringAnnotations = true;
            }
            _futureBlock.Add(future);
        }
    }

    /// <summary>An annotation: evaluated, or under <c>from __future__ import annotations</c> its text (PEP 563).</summary>
    private BoundExpr BindAnnotation(Expr annotation) =>
        _stringAnnotations ? new BoundConstant(AnnotationText.Of(annotation, _source), annotation.Span) : BindExpression(annotation);
}
