using DlrClosures.Runtime.Operations;
using DlrClosures.Binding;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Compilation;

/// <summary>
/// Translates a bound module to System.Linq.Expressions and hands back its code object.
/// </summary>
/// <remarks>
/// Input: the <see cref="BoundCode"/> the <see cref="Binder"/> made (names resolved to their
/// storage, operations chosen, sugar lowered, every compile-time error already raised).
/// Output: the module's <see cref="PyCode"/>; running it is calling a <see cref="PyFunction"/> made
/// from it with the module's globals.
/// Invariants: one PyCode per BoundCode, one LambdaExpression and one compiled delegate per PyCode;
/// the translation decides nothing the bound tree already says (storage, evaluation order,
/// temporaries, which fast path applies) and raises no Python error of its own.
/// Steps:
/// 1. Make the module's code object (<see cref="CreateCode(BoundCode)"/>): signature, names, docstring and
///    global names come from the bound code and its <see cref="FrameLayout"/>.
/// 2. On the code's first call, translate its body (<see cref="CodeLowerer"/>) to a
///    LambdaExpression and compile it: a run pays only for the code it calls. Each
///    <see cref="BoundMakeFunction"/> met on the way makes the code object of its def or lambda
///    (step 1), which the translated code embeds as a constant, so creating a function at run time
///    never translates or compiles anything.
/// </remarks>
internal sealed class Lowerer
{
    private Lowerer() { }

    /// <summary>The code object of the bound <paramref name="module"/>, translated and compiled when first run.</summary>
    public static PyCode Lower(BoundCode module) => CreateCode(module);

    /// <summary>
    /// As <see cref="Lower(BoundCode)"/>, with the code objects of the module's own defs and lambdas
    /// (those of its body and class bodies) made by <paramref name="makeNested"/> instead of step 1:
    /// the hosting layer's, which may run a function's first calls on the interpreter.
    /// </summary>
    public static PyCode Lower(BoundCode module, Func<BoundCode, PyCode> makeNested) => CreateCode(module, makeNested);

    /// <summary>
    /// As <see cref="Lower(BoundCode)"/>, except that a code object (the module's or that of any def
    /// or lambda in it) past what the IL compiler takes (<see cref="ExceedsCompilerLimits"/>) is made
    /// by <paramref name="uncompilable"/>, another back end, which gets this method to make the
    /// code objects nested in it.
    /// </summary>
    public static PyCode Lower(BoundCode module, Func<BoundCode, Func<BoundCode, PyCode>, PyCode> uncompilable)
    {
        Func<BoundCode, PyCode>? create = null;
        create = bound => NeedsInterpreter(bound) ? uncompilable(bound, create!) : CreateCode(bound, create);
        return create(module);
    }

    /// <summary>
    /// The compiled rest of a call of <paramref name="bound"/> (code object <paramref name="code"/>)
    /// that began on another back end and reached the back edge of the loop <paramref name="path"/>
    /// ends at (on-stack replacement), with the code objects of its defs and lambdas made by
    /// <paramref name="makeNested"/> (the caller's, so both back ends' versions of the body share them).
    /// </summary>
    public static ResumeEntry CompileResume(BoundCode bound, PyCode code, ResumePath path, Func<BoundCode, PyCode> makeNested) =>
        LargeStack.Run(() => CodeLowerer.LowerResume(bound, code, path, makeNested).Compile());

    /// <summary>
    /// One loop of a call of <paramref name="bound"/> that began on another back end, compiled from
    /// its back edge to its end (<see cref="LoopEntry"/>), with nested code objects made by <paramref name="makeNested"/>.
    /// </summary>
    internal static LoopEntry CompileLoop(BoundCode bound, PyCode code, BoundStmt loop, Func<BoundCode, PyCode> makeNested) =>
        LargeStack.Run(() => CodeLowerer.LowerLoop(bound, code, loop, makeNested).Compile());

    /// <summary>The code object of <paramref name="bound"/>, whose body is translated on first call.</summary>
    internal static PyCode CreateCode(BoundCode bound) => CreateCode(bound, null);

    private static PyCode CreateCode(BoundCode bound, Func<BoundCode, PyCode>? createNested) =>
        new(bound.Signature, bound.Names, bound.Source, bound.FirstLine,
            code => LargeStack.Run(() => bound.Generator is null
                ? CodeLowerer.Lower(bound, code, createNested).Compile()
                : CodeLowerer.CompileGenerator(bound, code, createNested)))
        {
            Doc = bound.Doc,
            GlobalNames = [.. bound.Frame.GlobalNames],
        };

    // System.Linq.Expressions compiles a tree recursively and in time that grows faster than its
    // depth (a 10,000-link comparison chain took 14 s, 20,000 links 83 s; 100,000 decorators never
    // finished), and IL has at most 65,534 locals (each local and temporary is one): the JIT rejects
    // such a body (InvalidProgramException), so it goes to the other back end.
    private const int MaxCompiledNesting = 500;
    private const int MaxCompiledExpressions = 50_000;
    private const int MaxCompiledLocals = 20_000;

    /// <summary>
    /// Whether <paramref name="bound"/> runs on the interpreter in every configuration: too deep or
    /// too large for the IL compiler, or a generator's body with a resume point inside a try
    /// statement (CodeLowerer.Generators.cs).
    /// </summary>
    internal static bool NeedsInterpreter(BoundCode bound) =>
        ExceedsCompilerLimits(bound) || (bound.Generator is not null && !CodeLowerer.CanCompileGenerator(bound));

    /// <summary>Whether <paramref name="bound"/> is too deep or too large for the IL compiler.</summary>
    internal static bool ExceedsCompilerLimits(BoundCode bound) =>
        bound.MaxNesting > MaxCompiledNesting || bound.ExpressionCount > MaxCompiledExpressions || bound.Frame.LocalCount > MaxCompiledLocals;
}
