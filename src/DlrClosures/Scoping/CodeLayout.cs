using DlrClosures.Runtime.Functions;
using DlrClosures.Syntax;

namespace DlrClosures.Scoping;

/// <summary>
/// The parts of a code object the front end decides, shared by both back ends: the parameter
/// signature of a def or lambda, and its names (co_name, co_qualname, co_varnames, co_freevars,
/// co_cellvars) as its <see cref="Scope"/> resolved them.
/// </summary>
internal static class CodeLayout
{
    /// <summary>The signature of a parameter list: positional, *args, keyword-only, **kwargs.</summary>
    public static CodeSignature Signature(Arguments arguments) => new(
        arguments.Args.Select(a => a.Name).ToArray(),
        arguments.VarArg?.Name,
        arguments.KwOnlyArgs.Select(a => a.Name).ToArray(),
        arguments.KwArg?.Name);

    /// <summary>The names of the code object of <paramref name="scope"/>, called <paramref name="name"/>.</summary>
    public static CodeNames Names(Scope scope, string name) =>
        new(name, scope.QualifiedName, scope.VarNames.ToArray(), scope.FreeVars.ToArray(), scope.CellVars.ToArray());

    /// <summary>The module's code shape: no parameters, named <c>&lt;module&gt;</c>.</summary>
    public static (CodeSignature Signature, CodeNames Names) Module() =>
        (new CodeSignature([], null, [], null), new CodeNames("<module>", "<module>", [], [], []));
}
