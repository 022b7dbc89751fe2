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
internal sealed class Interpreter
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

    /// <summary>
    /// As <see cref="Prepare(BoundCode, Func{BoundCode, PyCode})"/> for a def: a call whose loops
    /// take <paramref name="resume"/>'s number of back edges goes on in the code it compiles for the
    /// rest of the call (on-stack replacement).
    /// </summary>
    public static PyCode Prepare(BoundCode function, Func<BoundCode, PyCode> makeNested, LoopResume resume) =>
        NodeBuilder.MakeCode(function, makeNested, resume);
}

/// <summary>
/// How often calls on this thread left the interpreter in a loop: for tests and diagnostics, which
/// otherwise cannot tell where a call ran (both engines give the same results by design).
/// </summary>
internal static class TieringCounters
{
    /// <summary>Calls whose rest ran in compiled code (<see cref="ResumeEntry"/>).</summary>
    [ThreadStatic] public static int ResumedCalls;

    /// <summary>Loops that ran to their end in compiled code on their own (<see cref="LoopEntry"/>).</summary>
    [ThreadStatic] public static int CompiledLoops;
}

/// <summary>
/// How a call of an interpreted function leaves the interpreter in the middle of a loop (on-stack
/// replacement): once the call's loops have taken <paramref name="BackEdges"/> back edges (all its
/// loops together, so nested loops count too), the loop at whose back edge the count is reached
/// stops. On a resumable path (<see cref="ResumePath"/>) the rest of the call runs in what
/// <paramref name="Compile"/> makes for that path; elsewhere (a loop in a comprehension, a try or
/// with block, an else clause) the loop alone runs to its end in what <paramref name="CompileLoop"/>
/// makes, and the interpreter goes on after it. Each is made once, by the caller's policy.
/// </summary>
internal sealed record LoopResume(int BackEdges, Func<ResumePath, ResumeEntry> Compile, Func<BoundStmt, LoopEntry> CompileLoop)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<BoundStmt, LoopEntry> _loops = new(ReferenceEqualityComparer.Instance);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ResumeEntry> _paths = new();

    /// <summary>The compiled rest of a call for <paramref name="path"/> (<see cref="Compile"/>), made once per path (<see cref="ResumePath.Key"/>).</summary>
    public ResumeEntry ResumeEntryFor(ResumePath path) =>
        _paths.TryGetValue(path.Key, out var entry) ? entry : _paths.GetOrAdd(path.Key, Compile(path));

    /// <summary>The compiled form of <paramref name="loop"/> alone (<see cref="CompileLoop"/>), made once.</summary>
    public LoopEntry LoopEntryFor(BoundStmt loop) => _loops.GetOrAdd(loop, CompileLoop);

    /// <summary>
    /// Set by <see cref="Interpreter.Prepare(BoundCode, Func{BoundCode, PyCode}, LoopResume)"/> when
    /// the function has a loop that neither way out of the interpreter serves (one in an except
    /// clause, whose bare raise needs the handler around it, or in a class body): a call that runs
    /// such a loop a million times would stay on the interpreter.
    /// </summary>
    public bool SomeLoopCannotResume { get; internal set; }
}
