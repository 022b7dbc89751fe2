using DlrClosures.Runtime.Functions;
using DlrClosures.Scoping;
using DlrClosures.Syntax;

namespace DlrClosures.Interpretation;

/// <summary>
/// Prepares an analysed module for the tree-walking interpreter and hands back its code object.
/// </summary>
/// <remarks>
/// Input: a syntax tree and its <see cref="ScopeTable"/>, the same two the compiler takes
/// (nothing here decides scopes again). Output: the module's <see cref="PyCode"/>, which runs like
/// a compiled one: calling a <see cref="PyFunction"/> made from it with the module's globals.
/// Invariants: the runtime is shared with the compiled engine. Function objects, their
/// <c>StrongBox&lt;object&gt;</c> cells, call sites over the runtime's binders, exceptions and the
/// frame protocol (<see cref="PyFrames"/>) are the same, so a closure made by interpreted code is
/// an ordinary <see cref="PyFunction"/> that compiled code and hosts call as any other.
/// Steps:
/// 1. Make the module's code object, whose compile callback returns the interpreter's entry point.
/// 2. Build the executable node tree of the module body (<see cref="NodeBuilder"/>): every name is
///    resolved to a frame slot, a cell, a closure entry or a global cell, and every dynamic
///    operation gets a call site of its own. Each def or lambda met on the way is prepared at once
///    into a code object of its own, held by the node that creates the function, so every
///    compile-time error the compiler reports is reported here too, before anything runs.
/// 3. Run: a call takes a <see cref="Frame"/> (reused by the next call at its depth) and walks the tree (<see cref="InterpretedCode"/>);
///    return, break and continue travel as a <see cref="Completion"/>, not as .NET exceptions.
/// </remarks>
public sealed class Interpreter
{
    private Interpreter() { }

    /// <summary>Prepares <paramref name="module"/> for <paramref name="mode"/>.</summary>
    public static PyCode Prepare(ModuleNode module, ScopeTable scopes, CompileMode mode)
    {
        var (signature, names) = CodeLayout.Module();
        InterpretedCode? prepared = null;
        var code = new PyCode(signature, names, module.Source, 1, _ => prepared!.CreateDelegate());
        prepared = NodeBuilder.Build(code, scopes.Module, scopes, module.Source, mode);
        return code;
    }
}
