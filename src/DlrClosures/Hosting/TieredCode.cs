using DlrClosures.Binding;
using DlrClosures.Compilation;
using DlrClosures.Interpretation;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Hosting;

/// <summary>
/// Code objects of the defs and lambdas of a module body when
/// <see cref="ScriptRuntimeSetup.CompileThreshold"/> is set: a function without loops runs its first
/// calls on the interpreter and is compiled when it has been called that many times.
/// <para>
/// Why: the compiled body of a def is one dynamic method, and the JIT compiles a dynamic method
/// with full optimisation at its first call. For arithmetic-heavy code that is slow: a three-line
/// 4x4 matrix product (perf/frontend/geometry.py mat_mul) lowers to 19,779 bytes of IL, and jitting
/// the program's hundred functions took about 1.1 s of its 1.5 s of CPU time, for functions most of
/// which run once or twice. A function with a loop is compiled at its first call unless
/// <see cref="ScriptRuntimeSetup.LoopCompileThreshold"/> is set, since one call can run its loop a
/// million times; with it set, such a function starts on the interpreter too, and a call whose
/// loops have taken that many back edges leaves the interpreter at the back edge it is at: the rest
/// of the call runs in code compiled for that place (<see cref="LoopResume"/>,
/// <see cref="Lowerer.CompileResume"/>), which later calls that stop there take again; the whole
/// function is compiled at the threshold's call, as one without loops.
/// </para>
/// <list type="number">
/// <item><see cref="Create"/>: a def with a loop gets the compiler's code object
/// (<see cref="Lowerer"/>) when there is no back-edge threshold; otherwise a def gets a code object whose first call builds the
/// interpreter's body (its own nested defs made by <see cref="Create"/> too) and returns its entry
/// point wrapped in a call counter.</item>
/// <item>At the threshold's call the counter compiles the body (<see cref="Lowerer"/>, its nested
/// defs the compiler's own) and puts the compiled entry point in the code object's place
/// (<see cref="PyCode.ReplaceEntry"/>); later calls go straight to it. Both bodies are
/// translations of the same bound tree and share the function's cells and globals, so a call
/// behaves the same on either.</item>
/// </list>
/// </summary>
internal static class TieredCode
{
    /// <summary>
    /// How the code objects of a module's defs and lambdas are made. Without a threshold: compiled
    /// (<see cref="Lowerer"/>), except one too deep or large for the IL compiler, which runs on the
    /// interpreter (<see cref="Lowerer.ExceedsCompilerLimits"/>).
    /// </summary>
    /// <param name="threshold">The calls a function runs on the interpreter (<see cref="ScriptRuntimeSetup.CompileThreshold"/>).</param>
    /// <param name="backEdges">The back edges after which a call of a function with loops goes on in compiled code; 0: such a function is compiled at once (<see cref="ScriptRuntimeSetup.LoopCompileThreshold"/>).</param>
    public static Func<BoundCode, PyCode> Factory(int threshold, int backEdges = 0) =>
        threshold <= 0 ? Compiled : bound => Create(bound, threshold, backEdges);

    private static PyCode Compiled(BoundCode bound) => Lowerer.Lower(bound, Uncompilable);

    private static PyCode Uncompilable(BoundCode bound, Func<BoundCode, PyCode> makeNested) => Interpreter.Prepare(bound, makeNested);

    private static PyCode Create(BoundCode bound, int threshold, int backEdges)
    {
        if (Lowerer.NeedsInterpreter(bound)) return Interpreter.Prepare(bound, nested => Create(nested, threshold, backEdges));
        if (bound.HasLoops && (backEdges <= 0 || bound.Kind != CodeKind.Function)) return Compiled(bound);
        return new PyCode(bound.Signature, bound.Names, bound.Source, bound.FirstLine, code => FirstCalls(bound, code, threshold, backEdges))
        {
            Doc = bound.Doc,
            GlobalNames = [.. bound.Frame.GlobalNames],
        };
    }

    private static Delegate FirstCalls(BoundCode bound, PyCode code, int threshold, int backEdges)
    {
        // The defs and lambdas of the body get one code object each, whichever back end runs the
        // body: made on first use, shared by the interpreted body, the compiled body and the
        // compiled rest of a call, so a nested function keeps its own calls counted and its compiled
        // code when the function around it moves to IL.
        var nested = new Dictionary<BoundCode, PyCode>(ReferenceEqualityComparer.Instance);
        PyCode MakeNested(BoundCode inner)
        {
            lock (nested)
            {
                if (!nested.TryGetValue(inner, out var made)) nested[inner] = made = Create(inner, threshold, backEdges);
                return made;
            }
        }

        var counter = new Counter(bound, code, threshold, MakeNested);
        var resume = bound.HasLoops ? new LoopResume(backEdges, counter.Resume, counter.CompileLoop) : null;
        // At a call, on the caller's thread: a deep body is built on the large stack (LargeStack).
        var interpreted = LargeStack.Run(() => resume is null
            ? Interpreter.Prepare(bound, MakeNested)
            : Interpreter.Prepare(bound, MakeNested, resume));
        // A loop that no way out of the interpreter serves (in an except clause or a class body)
        // could keep one call on the interpreter for a million iterations: such a function is
        // compiled at its first call.
        if (resume is { SomeLoopCannotResume: true }) return counter.Compile();
        interpreted.EnsureCompiled();
        return interpreted.Entry switch
        {
            Func<PyFunction, FrameCounter, object> f0 =>
                new Func<PyFunction, FrameCounter, object>((f, c) => { counter.Count(); return f0(f, c); }),
            Func<PyFunction, FrameCounter, object, object> f1 =>
                new Func<PyFunction, FrameCounter, object, object>((f, c, a) => { counter.Count(); return f1(f, c, a); }),
            Func<PyFunction, FrameCounter, object, object, object> f2 =>
                new Func<PyFunction, FrameCounter, object, object, object>((f, c, a, b) => { counter.Count(); return f2(f, c, a, b); }),
            Func<PyFunction, FrameCounter, object, object, object, object> f3 =>
                new Func<PyFunction, FrameCounter, object, object, object, object>((f, c, a, b, d) => { counter.Count(); return f3(f, c, a, b, d); }),
            Func<PyFunction, FrameCounter, object[], object> general =>
                new Func<PyFunction, FrameCounter, object[], object>((f, c, slots) => { counter.Count(); return general(f, c, slots); }),
            var other => throw new InvalidOperationException($"unexpected delegate type {other?.GetType()}"),
        };
    }

    private sealed class Counter(BoundCode bound, PyCode code, int threshold, Func<BoundCode, PyCode> makeNested)
    {
        private int _calls;

        // Not interlocked: calls on other threads may be missed, which only delays the switch.
        public void Count()
        {
            if (++_calls != threshold) return;
            code.ReplaceEntry(Compile());
        }

        /// <summary>The compiled body's entry point.</summary>
        public Delegate Compile()
        {
            var compiled = Lowerer.Lower(bound, makeNested);
            compiled.EnsureCompiled();
            return compiled.Entry!;
        }

        // A call reached the back-edge threshold on a resumable path: the rest of the call, compiled
        // once per path and taken again by later calls that stop there. The whole function is
        // compiled only at the threshold's call, like any other: a function called a few times with
        // a long loop would otherwise be compiled twice (measured on real programs: a 400-statement
        // function's rest took 32 ms of JIT, the whole function 25 ms more).
        public ResumeEntry Resume(ResumePath path) => Lowerer.CompileResume(bound, code, path, makeNested);

        // A loop off a resumable path reached the back-edge threshold: compiled alone, once.
        public LoopEntry CompileLoop(BoundStmt loop) => Lowerer.CompileLoop(bound, code, loop, makeNested);
    }
}
