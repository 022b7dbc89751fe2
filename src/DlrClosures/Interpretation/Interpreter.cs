using DlrClosures.Binding;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Interpretation;

/// <summary>
/// Prepares a bound module for the tree-walking interpreter and hands back its code object.
/// </summary>
/// <remarks>
/// Input: the module's <see cref="BoundCode"/>, the same tree the compiler takes: storage, operations,
/// evaluation order and compile-time errors were all decided by the <see cref="Binder"/>, so
/// preparation raises nothing and decides nothing. Output: the module's <see cref="PyCode"/>, which
/// runs like a compiled one: calling a <see cref="PyFunction"/> made from it with the module's globals.
/// Invariants: the runtime is shared with the compiled engine. Function objects, their
/// <c>StrongBox&lt;object&gt;</c> cells, call sites over the runtime's binders, exceptions and the
/// frame protocol (<see cref="PyFrames"/>) are the same, so a closure made by interpreted code is
/// an ordinary <see cref="PyFunction"/> that compiled code and hosts call as any other.
/// Steps:
/// 1. Make the module's code object (<see cref="NodeBuilder.MakeCode(BoundCode)"/>) from the bound code's
///    signature, names and global names, and build its body at once (see MakeCode for why).
/// 2. Build the executable node tree of a body (<see cref="NodeBuilder"/>), one node per bound node:
///    each name storage becomes a frame slot, a cell, a closure entry, a global cell or a class
///    namespace entry, and every dynamic operation gets a call site of its own. A def or lambda met
///    on the way becomes a code object of its own, built with it and held by the node that creates
///    the function.
/// 3. Run: a call takes a <see cref="Frame"/> (reused by the next call at its depth) and walks the tree (<see cref="InterpretedCode"/>);
///    return, break and continue travel as a <see cref="Completion"/>, not as .NET exceptions.
/// </remarks>
public sealed class Interpreter
{
    private Interpreter() { }

    /// <summary>The code object of <paramref name="module"/>, ready to run.</summary>
    public static PyCode Prepare(BoundCode module) => NodeBuilder.MakeCode(module);

    /// <summary>
    /// The code object of <paramref name="module"/>, interpreted, with the code object of each def
    /// and lambda in it made by <paramref name="makeNested"/> (another back end's, say): the module
    /// body runs on the interpreter, the functions it defines on whatever that makes.
    /// </summary>
    public static PyCode Prepare(BoundCode module, Func<BoundCode, PyCode> makeNested) => NodeBuilder.MakeCode(module, makeNested);
}
