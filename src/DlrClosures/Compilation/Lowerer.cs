using DlrClosures.Runtime.Functions;
using DlrClosures.Scoping;
using DlrClosures.Syntax;

namespace DlrClosures.Compilation;

/// <summary>
/// Lowers an analysed module to System.Linq.Expressions and hands back its code object.
/// </summary>
/// <remarks>
/// Input: a syntax tree and its <see cref="ScopeTable"/> (nothing here decides scopes again).
/// Output: the module's <see cref="PyCode"/>; running it is calling a <see cref="PyFunction"/> made
/// from it with the module's globals.
/// Invariants: one LambdaExpression and one compiled delegate per code object (module, def, lambda);
/// a name the scope table calls Local is a plain variable, a Cell is a <c>StrongBox&lt;object&gt;</c>
/// made when its scope is entered, a Free variable is the enclosing cell reached through the
/// function's closure, and a module-level name is a cell of the module's <c>PyGlobals</c>.
/// Steps:
/// 1. Make the module's code object.
/// 2. Lower the module body (<see cref="CodeLowerer"/>); each def or lambda met on the way is
///    lowered at once into a code object of its own, which the enclosing code embeds as a constant,
///    so every compile-time error is reported before anything runs.
/// 3. Compile each lambda to IL the first time its code runs: a run pays only for what it calls.
/// </remarks>
public sealed class Lowerer
{
    private Lowerer() { }

    /// <summary>Lowers <paramref name="module"/> for <paramref name="mode"/>.</summary>
    public static PyCode Lower(ModuleNode module, ScopeTable scopes, CompileMode mode)
    {
        var (signature, names) = CodeLayout.Module();
        System.Linq.Expressions.LambdaExpression? lowered = null;
        var code = new PyCode(signature, names, module.Source, 1, _ => lowered!.Compile());
        lowered = CodeLowerer.Lower(code, scopes.Module, scopes, module.Source, mode);
        return code;
    }
}
